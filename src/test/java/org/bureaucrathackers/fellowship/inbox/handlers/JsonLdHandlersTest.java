package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.TableCounts;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Activities whose contexts are unusual, over signed HTTP (X15): each is handled by what it means in JSON-LD,
 * not by the names of its properties, or refused with 400 and the reason.
 */
class JsonLdHandlersTest {

    private static final String AS = "https://www.w3.org/ns/activitystreams";

    private final HandlerRig rig = new HandlerRig();
    private final PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void a_follow_that_renames_actor_and_object_is_handled_by_its_meaning() {
        ObjectNode follow = alice.activity("Follow", "https://other.example/users/eve");
        ObjectNode renames = Json.object();
        renames.put("actor", "https://evil.example/ns#actor");
        renames.put("object", "https://evil.example/ns#object");
        renames.putObject("agent").put("@id", "as:actor").put("@type", "@id");
        renames.putObject("followed").put("@id", "as:object").put("@type", "@id");
        follow.putArray("@context").add(AS).add(renames);
        follow.put("agent", alice.uri());
        follow.put("actor", "https://other.example/users/mallory");
        follow.put("followed", rig.bob.uri());

        rig.deliver(alice, follow);

        assertEquals("done", rig.outcome(follow));
        assertTrue(rig.app.follows().isFollowing(rig.account(alice), rig.bob));
    }

    @Test
    void an_activity_whose_object_means_something_else_is_refused_with_400_and_the_reason() {
        Status post = rig.app.posts().post(rig.bob, NewPost.publicText("Stamp here"));
        ObjectNode like = alice.activity("Like", post.uri());
        like.putArray("@context").add(AS).addObject().put("object", "https://evil.example/ns#object");
        Map<String, Integer> before = TableCounts.of(rig.app.database());

        HttpResponse<String> response = rig.post(alice, like);

        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("Activity refused: missing object"), response.body());
        assertEquals(before.get("inbox_job"), TableCounts.of(rig.app.database()).get("inbox_job"));
    }

    @Test
    void graph_included_and_reverse_at_the_top_level_are_refused_with_400() {
        for (String keyword : new String[] {"@graph", "@included", "@reverse"}) {
            ObjectNode follow = alice.activity("Follow", rig.bob.uri());
            follow.putArray(keyword).addObject().put("id", alice.newId("thing"));

            HttpResponse<String> response = rig.post(alice, follow);

            assertEquals(400, response.statusCode(), keyword + ": " + response.body());
            assertTrue(response.body().contains("uses " + keyword), response.body());
        }
    }

    @Test
    void a_create_naming_an_unknown_context_after_activitystreams_is_stored_by_its_meaning() {
        rig.bobFollows(alice);
        ObjectNode note = alice.note("<p>Ceilidh on Friday</p>");
        ObjectNode create = alice.create(note);
        create.putArray("@context").add(AS).add("https://unknown.example/context.jsonld");

        rig.deliver(alice, create);

        assertEquals("done", rig.outcome(create));
        Status stored = rig.status(note.get("id").asText()).orElseThrow();
        assertEquals("<p>Ceilidh on Friday</p>", stored.contentHtml());
        assertEquals(Status.Visibility.PUBLIC, stored.visibility());
    }
}
