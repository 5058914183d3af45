package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Like, Announce and their Undos received over signed HTTP (L1–L4, X8, X18). */
class InteractionHandlersTest {

    private final HandlerRig rig = new HandlerRig();
    private final PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");

    @AfterEach
    void close() {
        rig.close();
    }

    private Status bobPosts(Status.Visibility visibility) {
        return rig.app.posts().post(rig.bob, new NewPost("Minutes of the meeting", visibility, null, null, null));
    }

    @Test
    void a_like_of_a_public_local_post_is_counted_once_and_an_undo_takes_it_back() {
        Status post = bobPosts(Status.Visibility.PUBLIC);
        ObjectNode like = alice.activity("Like", post.uri());

        rig.deliver(alice, like);
        rig.deliver(alice, alice.activity("Like", post.uri()));
        assertEquals(1, rig.likes(post));

        rig.deliver(alice, alice.activity("Undo", HandlerRig.embedded(like)));
        assertEquals(0, rig.likes(post));
    }

    @Test
    void a_like_of_a_followers_only_post_by_someone_who_does_not_follow_is_refused() {
        Status post = bobPosts(Status.Visibility.PRIVATE);
        ObjectNode like = alice.activity("Like", post.uri());

        rig.deliver(alice, like);

        assertEquals(0, rig.likes(post));
        assertTrue(rig.outcome(like).contains("cannot see"), rig.outcome(like));
    }

    @Test
    void a_like_of_a_followers_only_post_by_a_follower_is_counted() {
        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));
        Status post = bobPosts(Status.Visibility.PRIVATE);

        rig.deliver(alice, alice.activity("Like", post.uri()));

        assertEquals(1, rig.likes(post));
    }

    @Test
    void an_announce_of_a_local_post_is_a_boost_until_undone() {
        Status post = bobPosts(Status.Visibility.PUBLIC);
        ObjectNode announce = alice.activity("Announce", post.uri());
        announce.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");

        rig.deliver(alice, announce);
        Status boost = rig.status(announce.get("id").asText()).orElseThrow();
        assertEquals(post.id(), boost.reblogOfId());

        rig.deliver(alice, alice.activity("Undo", announce.get("id").asText()));
        assertTrue(rig.status(announce.get("id").asText()).isEmpty());
    }

    @Test
    void an_announce_of_a_followers_only_post_is_refused() {
        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));
        Status post = bobPosts(Status.Visibility.PRIVATE);
        ObjectNode announce = alice.activity("Announce", post.uri());

        rig.deliver(alice, announce);

        assertTrue(rig.status(announce.get("id").asText()).isEmpty());
        assertTrue(rig.outcome(announce).contains("not public or unlisted"), rig.outcome(announce));
    }

    @Test
    void an_announce_of_a_remote_post_fetches_the_post_from_its_origin_whatever_was_embedded() {
        PeerActor carol = rig.actor(HandlerRig.OTHER, "carol");
        rig.bobFollows(carol);
        ObjectNode genuine = alice.note("<p>Genuine words</p>");
        alice.serveObject(genuine);
        ObjectNode forged = genuine.deepCopy().put("content", "<p>Forged words</p>");
        ObjectNode announce = carol.activity("Announce", forged);
        announce.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");

        rig.deliver(carol, announce);

        Status original = rig.status(genuine.get("id").asText()).orElseThrow();
        assertEquals("<p>Genuine words</p>", original.contentHtml());
        assertEquals(rig.account(alice).id(), original.accountId());
        assertEquals(original.id(), rig.status(announce.get("id").asText()).orElseThrow().reblogOfId());
    }

    @Test
    void an_announce_by_an_actor_nobody_here_follows_of_a_remote_post_is_dropped() {
        ObjectNode note = alice.note("<p>Elsewhere</p>");
        alice.serveObject(note);
        ObjectNode announce = alice.activity("Announce", note.get("id").asText());

        rig.deliver(alice, announce);

        assertEquals("done", rig.outcome(announce));
        assertTrue(rig.status(note.get("id").asText()).isEmpty());
    }
}
