package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.bureaucrathackers.fellowship.testing.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client API across two real instances: what a fellow posts through an app reaches followers elsewhere,
 * and what they post arrives in the home timeline an app reads. alice lives on {@code a}, bob on {@code b}.
 */
class ClientApiFederationTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account alice = a.createFellow("alice");
    private final Account bob = b.createFellow("bob");
    private final ApiClient aliceApp = ApiClient.of(a, alice, "read write follow");
    private final ApiClient bobApp = ApiClient.of(b, bob, "read write follow");

    @AfterEach
    void close() {
        network.close();
    }

    private static boolean homeHas(ApiClient app, String uri) {
        for (JsonNode status : ok(app.get("/api/v1/timelines/home"))) {
            if (uri.equals(status.get("uri").asText())) {
                return true;
            }
        }
        return false;
    }

    @Test
    void a_post_made_through_the_api_reaches_a_follower_on_another_instance() {
        Account aliceOnB = network.follow(b, bob, a, "alice");

        JsonNode posted = ok(aliceApp.postJson("/api/v1/statuses", Map.of(
                "status", "Permits in a day, not a month #civic", "visibility", "private", "spoiler_text", "process")));
        String uri = posted.get("uri").asText();

        network.until("the post reaches b", () -> status(b, uri).isPresent());
        Status copy = status(b, uri).orElseThrow();
        assertTrue(copy.contentHtml().contains("Permits in a day"), copy.contentHtml());
        assertEquals(Status.Visibility.PRIVATE, copy.visibility());
        assertEquals("process", copy.spoilerText());
        assertTrue(homeHas(bobApp, uri), "bob's app shows it in his home timeline");
        JsonNode shown = ok(bobApp.get("/api/v1/statuses/" + copy.id()));
        assertEquals("alice@" + a.domain(), shown.get("account").get("acct").asText());
        assertEquals("civic", shown.get("tags").get(0).get("name").asText());
    }

    @Test
    void a_remote_post_appears_in_the_home_timeline_and_can_be_answered_and_liked() {
        Account bobOnA = network.follow(a, alice, b, "bob");

        String uri = ok(bobApp.postJson("/api/v1/statuses", Map.of("status", "Who else digitised their forms?")))
                .get("uri").asText();
        network.until("the post reaches a's home timeline", () -> homeHas(aliceApp, uri));
        String copyId = Long.toString(status(a, uri).orElseThrow().id());

        JsonNode reply = ok(aliceApp.postJson("/api/v1/statuses", Map.of("status", "We did, last spring.",
                "in_reply_to_id", copyId)));
        ok(aliceApp.post("/api/v1/statuses/" + copyId + "/favourite"));

        String replyUri = reply.get("uri").asText();
        network.until("the reply reaches b", () -> status(b, replyUri).isPresent());
        String original = Long.toString(status(b, uri).orElseThrow().id());
        assertTrue(homeHas(bobApp, replyUri), "the reply mentions bob, so it is in his home timeline");
        JsonNode context = ok(bobApp.get("/api/v1/statuses/" + original + "/context"));
        assertEquals(replyUri, context.get("descendants").get(0).get("uri").asText());
        network.until("b counts the like",
                () -> ok(bobApp.get("/api/v1/statuses/" + original)).get("favourites_count").asInt() == 1);
    }
}
