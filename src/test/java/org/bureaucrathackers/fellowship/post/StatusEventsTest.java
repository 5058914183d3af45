package org.bureaucrathackers.fellowship.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.notification.NotificationFilter;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RefusedDocumentException;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Services announce statuses and notifications only once committed: what streaming clients are told. */
class StatusEventsTest {

    @TempDir
    Path tempDir;
    SocialFixture world;
    Account alice;
    Account bob;

    @BeforeEach
    void open() {
        world = new SocialFixture(tempDir);
        alice = world.local("alice");
        bob = world.local("bob");
    }

    @AfterEach
    void close() {
        world.close();
    }

    @Test
    void a_post_and_its_mention_are_announced_after_the_commit() {
        List<String> seenInsideTheTransaction = new ArrayList<>();
        Status post = world.db.inTransaction(() -> {
            Status created = world.posts.post(alice, NewPost.publicText("Hello @bob"));
            seenInsideTheTransaction.addAll(world.events.all());
            return created;
        });
        assertEquals(List.of(), seenInsideTheTransaction);
        assertEquals(List.of("notified mention " + bob.id(), "published " + post.id()), world.events.all());
    }

    @Test
    void a_rolled_back_transaction_announces_nothing_and_leaves_no_notification() {
        assertThrows(IllegalStateException.class, () -> world.db.run(() -> {
            Status post = world.posts.post(alice, NewPost.publicText("Hello @bob"));
            world.interactions.like(bob, post);
            world.interactions.boost(bob, post);
            world.followService.follow(bob, alice);
            throw new IllegalStateException("something later failed");
        }));
        assertEquals(List.of(), world.events.all());
        assertTrue(world.notifications.list(bob, NotificationFilter.ALL, PageRequest.newest(10)).items().isEmpty());
        assertTrue(world.notifications.list(alice, NotificationFilter.ALL, PageRequest.newest(10)).items().isEmpty());
    }

    @Test
    void edits_boosts_and_deletions_are_announced_as_such() {
        Status post = world.posts.post(alice, NewPost.publicText("Draft"));
        world.events.clear();

        world.posts.edit(alice, post.id(), new PostEdit("Final", null, null));
        Status boost = world.interactions.boost(bob, post);
        world.interactions.unboost(bob, post);
        world.posts.delete(alice, post.id());

        assertEquals(List.of("edited " + post.id(), "notified reblog " + alice.id(), "published " + boost.id(),
                "deleted " + boost.id(), "deleted " + post.id()), world.events.all());
    }

    @Test
    void remote_posts_are_announced_when_created_edited_and_deleted() {
        Account zed = world.remote("zed", "social.example");
        ObjectNode note = Json.object();
        note.put("id", zed.uri() + "/statuses/1");
        note.put("type", "Note");
        note.put("attributedTo", zed.uri());
        note.put("content", "<p>v1</p>");
        note.putArray("to").add(Addressing.PUBLIC);
        note.put("published", "2026-03-01T08:00:00Z");
        Status status = world.remoteNotes.create(zed, read(note));
        world.remoteNotes.create(zed, read(note));
        note.put("content", "<p>v2</p>").put("updated", "2026-03-01T08:30:00Z");
        world.remoteNotes.update(zed, read(note));
        world.remoteNotes.update(zed, read(note));
        world.remoteNotes.delete(zed, status.uri());

        assertEquals(List.of("published " + status.id(), "edited " + status.id(), "deleted " + status.id()),
                world.events.all(), "repeats change nothing and announce nothing");
    }

    private static RemoteNote read(ObjectNode note) {
        try {
            return new NoteReader().read(note);
        } catch (RefusedDocumentException e) {
            throw new AssertionError(e.reason());
        }
    }
}
