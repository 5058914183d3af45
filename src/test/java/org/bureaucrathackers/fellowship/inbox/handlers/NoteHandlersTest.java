package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Create, Update and Delete of remote posts received over signed HTTP (N1, N2, N4–N6, X5–X8, FW2). */
class NoteHandlersTest {

    private final HandlerRig rig = new HandlerRig();
    private final PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void a_create_from_an_actor_a_fellow_follows_is_stored() {
        rig.bobFollows(alice);
        ObjectNode note = alice.note("<p>Hello <script>x()</script>ministry</p>");

        rig.deliver(alice, alice.create(note));

        Status stored = rig.status(note.get("id").asText()).orElseThrow();
        assertEquals("<p>Hello ministry</p>", stored.contentHtml());
        assertEquals(rig.account(alice).id(), stored.accountId());
        assertEquals(Status.Visibility.PUBLIC, stored.visibility());
    }

    @Test
    void a_create_naming_its_post_only_by_id_fetches_it_from_its_origin() {
        rig.bobFollows(alice);
        ObjectNode note = alice.note("<p>Fetched</p>");
        alice.serveObject(note);

        rig.deliver(alice, alice.activity("Create", note.get("id").asText()));

        assertEquals("<p>Fetched</p>", rig.status(note.get("id").asText()).orElseThrow().contentHtml());
    }

    @Test
    void a_create_that_concerns_nobody_here_is_dropped() {
        ObjectNode note = alice.note("<p>Unsolicited</p>");
        ObjectNode create = alice.create(note);

        rig.deliver(alice, create);

        assertEquals("done", rig.outcome(create));
        assertTrue(rig.status(note.get("id").asText()).isEmpty());
    }

    @Test
    void a_create_mentioning_a_fellow_is_stored_though_nobody_follows_its_author() {
        ObjectNode note = alice.note("<p>@bob hi</p>", rig.bob.uri());

        rig.deliver(alice, alice.create(note));

        Status stored = rig.status(note.get("id").asText()).orElseThrow();
        assertTrue(rig.app.statusAccess().canSee(rig.bob, stored));
    }

    @Test
    void a_reply_to_a_local_post_is_stored_in_its_thread() {
        Status parent = rig.app.posts().post(rig.bob, NewPost.publicText("Tea at five?"));
        ObjectNode reply = alice.note("<p>Yes please</p>");
        reply.put("inReplyTo", parent.uri());

        rig.deliver(alice, alice.create(reply));

        Status stored = rig.status(reply.get("id").asText()).orElseThrow();
        assertEquals(parent.id(), stored.inReplyToId());
        assertEquals(parent.conversationUri(), stored.conversationUri());
    }

    @Test
    void articles_and_questions_are_stored_as_posts() {
        rig.bobFollows(alice);
        ObjectNode article = alice.note("<p>Long read</p>");
        article.put("type", "Article");
        article.put("name", "Minutes of the meeting");
        ObjectNode question = alice.note("<p>Which form?</p>");
        question.put("type", "Question");
        question.putArray("oneOf").addObject().put("type", "Note").put("name", "A38");

        rig.deliver(alice, alice.create(article));
        rig.deliver(alice, alice.create(question));

        assertTrue(rig.status(article.get("id").asText()).orElseThrow().contentHtml()
                .contains("Minutes of the meeting"));
        assertTrue(rig.status(question.get("id").asText()).orElseThrow().contentHtml().contains("A38"));
    }

    @Test
    void a_create_whose_object_names_another_author_is_refused_before_it_is_queued() {
        rig.bobFollows(alice);
        ObjectNode note = alice.note("<p>Words put in someone's mouth</p>");
        note.put("attributedTo", alice.origin() + "/users/carol");

        var response = rig.post(alice, alice.create(note));

        assertEquals(403, response.statusCode());
        assertTrue(rig.status(note.get("id").asText()).isEmpty());
    }

    @Test
    void a_forwarded_create_is_believed_only_as_fetched_from_the_post_origin() {
        rig.bobFollows(alice);
        PeerActor carol = rig.actor(HandlerRig.OTHER, "carol");
        ObjectNode genuine = alice.note("<p>What alice really said</p>");
        genuine.putArray("cc").add(rig.bob.uri());
        alice.serveObject(genuine);
        ObjectNode forged = genuine.deepCopy();
        forged.put("content", "<p>What carol claims alice said</p>");

        rig.deliver(carol, alice.create(forged));

        assertEquals("<p>What alice really said</p>",
                rig.status(genuine.get("id").asText()).orElseThrow().contentHtml());
    }

    @Test
    void a_delete_that_arrives_before_its_create_wins() {
        rig.bobFollows(alice);
        ObjectNode note = alice.note("<p>Too late</p>");
        ObjectNode tombstone = Json.object().put("id", note.get("id").asText()).put("type", "Tombstone");
        rig.deliver(alice, alice.activity("Delete", tombstone));

        ObjectNode create = alice.create(note);
        rig.deliver(alice, create);

        assertTrue(rig.status(note.get("id").asText()).isEmpty());
        assertTrue(rig.outcome(create).contains("deleted"), rig.outcome(create));
    }

    @Test
    void a_delete_by_the_author_removes_the_post() {
        rig.bobFollows(alice);
        ObjectNode note = alice.note("<p>Regrettable</p>");
        rig.deliver(alice, alice.create(note));
        assertTrue(rig.status(note.get("id").asText()).isPresent());

        rig.deliver(alice, alice.activity("Delete", note.get("id").asText()));

        assertTrue(rig.status(note.get("id").asText()).isEmpty());
    }

    @Test
    void a_delete_by_someone_other_than_the_author_is_refused() {
        rig.bobFollows(alice);
        PeerActor mallory = rig.actor(HandlerRig.SOCIAL, "mallory");
        ObjectNode note = alice.note("<p>Mine</p>");
        rig.deliver(alice, alice.create(note));

        ObjectNode delete = mallory.activity("Delete", note.get("id").asText());
        rig.deliver(mallory, delete);

        assertTrue(rig.status(note.get("id").asText()).isPresent());
        assertTrue(rig.outcome(delete).contains("someone else"), rig.outcome(delete));
    }

    @Test
    void an_update_with_a_newer_updated_time_edits_the_post_and_an_older_one_does_not() {
        rig.bobFollows(alice);
        ObjectNode note = alice.note("<p>First draft</p>");
        rig.deliver(alice, alice.create(note));
        Instant published = Instant.parse(note.get("published").asText());

        ObjectNode edit = note.deepCopy().put("content", "<p>Second draft</p>")
                .put("updated", published.plus(1, ChronoUnit.MINUTES).toString());
        rig.deliver(alice, alice.activity("Update", edit));
        assertEquals("<p>Second draft</p>", rig.status(note.get("id").asText()).orElseThrow().contentHtml());

        ObjectNode stale = note.deepCopy().put("content", "<p>Stale draft</p>")
                .put("updated", published.plusSeconds(30).toString());
        rig.deliver(alice, alice.activity("Update", stale));
        assertEquals("<p>Second draft</p>", rig.status(note.get("id").asText()).orElseThrow().contentHtml());
    }

    @Test
    void an_update_by_someone_other_than_the_author_is_refused() {
        rig.bobFollows(alice);
        PeerActor mallory = rig.actor(HandlerRig.SOCIAL, "mallory");
        rig.bobFollows(mallory);
        ObjectNode note = alice.note("<p>Original</p>");
        rig.deliver(alice, alice.create(note));

        ObjectNode hijack = note.deepCopy().put("content", "<p>Hijacked</p>").put("attributedTo", mallory.uri())
                .put("updated", Instant.now().plusSeconds(60).toString());
        ObjectNode update = mallory.activity("Update", hijack);
        rig.deliver(mallory, update);

        assertEquals("<p>Original</p>", rig.status(note.get("id").asText()).orElseThrow().contentHtml());
        assertFalse(rig.outcome(update).startsWith("done"), rig.outcome(update));
    }
}
