package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * FEP-1b12 between real instances: when the author of a post a community announced edits or deletes it, the
 * community announces the Update or Delete to its members, so a member's server that follows neither the author
 * nor the post shows the new text and drops the deleted post. For an author here and one on another server.
 */
class CommunityRelayTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account chief = a.fellows().create(new FellowService.NewFellow("chief", null, null, null, true));
    private final ApiClient chiefApp = app(a, chief);

    @AfterEach
    void close() {
        network.close();
    }

    static ApiClient app(TestInstance instance, Account fellow) {
        return new ApiClient(instance, instance.tokens().issue(fellow, "read write follow").secret());
    }

    static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    /** Whether the home timeline shows {@code uri} boosted by the community {@code acct}. */
    static boolean homeHasAnnounce(ApiClient app, String acct, String uri) {
        for (JsonNode status : ok(app.get("/api/v1/timelines/home"))) {
            JsonNode reblog = status.path("reblog");
            if (reblog.isObject() && uri.equals(reblog.path("uri").asText())
                    && acct.equals(status.path("account").path("acct").asText())) {
                return true;
            }
        }
        return false;
    }

    /** {@code app}'s fellow joins the community {@code handle} and waits until the community accepts. */
    static void join(Network network, ApiClient app, String handle) {
        String id = ok(app.get("/api/v1/accounts/lookup?acct=" + handle)).get("id").asText();
        ok(app.post("/api/v1/accounts/" + id + "/follow"));
        network.until(handle + " accepts", () -> ok(app.get("/api/v1/accounts/relationships?id[]=" + id))
                .get(0).get("following").asBoolean());
    }

    private String contentOn(TestInstance instance, String uri) {
        return status(instance, uri).map(s -> s.contentHtml()).orElse("");
    }

    @Test
    void an_authors_edit_and_deletion_reach_members_on_another_instance_through_the_community() {
        ok(chiefApp.postJson("/api/fellowship/v1/communities", Map.of("name", "procurement")));
        ApiClient aliceApp = app(a, a.createFellow("alice"));
        ApiClient bobApp = app(b, b.createFellow("bob"));
        join(network, aliceApp, "procurement");
        String onB = "procurement@" + a.domain();
        join(network, bobApp, onB);

        JsonNode posted = ok(aliceApp.postJson("/api/v1/statuses", Map.of(
                "status", "@procurement our tender template, first draft")));
        String uri = posted.get("uri").asText();
        network.until("the announce reaches bob on b", () -> homeHasAnnounce(bobApp, onB, uri));

        ok(aliceApp.putJson("/api/v1/statuses/" + posted.get("id").asText(), Map.of(
                "status", "@procurement our tender template, second draft")));
        network.until("the edit reaches b through the community",
                () -> contentOn(b, uri).contains("second draft"));
        assertTrue(homeHasAnnounce(bobApp, onB, uri), "still announced");
        assertFalse(contentOn(b, uri).contains("first draft"));

        ok(aliceApp.delete("/api/v1/statuses/" + posted.get("id").asText()));
        network.until("the deletion reaches b through the community", () -> status(b, uri).isEmpty());
        assertFalse(homeHasAnnounce(bobApp, onB, uri));
        assertFalse(a.get("/communities/procurement.rss").body().contains("tender template"),
                "gone from the community's feed");
    }

    @Test
    void a_remote_authors_edit_and_deletion_are_relayed_to_members_on_a_third_instance() {
        TestInstance c = network.start();
        ok(chiefApp.postJson("/api/fellowship/v1/communities", Map.of("name", "permits")));
        String handle = "permits@" + a.domain();
        ApiClient bobApp = app(b, b.createFellow("bob"));
        ApiClient carolApp = app(c, c.createFellow("carol"));
        join(network, bobApp, handle);
        join(network, carolApp, handle);

        JsonNode posted = ok(bobApp.postJson("/api/v1/statuses", Map.of(
                "status", "@" + handle + " permits in a day: how we did it")));
        String uri = posted.get("uri").asText();
        network.until("the announce reaches carol on c", () -> homeHasAnnounce(carolApp, handle, uri));
        assertTrue(a.get("/communities/permits.atom").body().contains(uri), "in the community's feed on a");

        ok(bobApp.putJson("/api/v1/statuses/" + posted.get("id").asText(), Map.of(
                "status", "@" + handle + " permits in half a day: how we did it")));
        network.until("the edit reaches c through the community on a",
                () -> contentOn(c, uri).contains("half a day"));

        ok(bobApp.delete("/api/v1/statuses/" + posted.get("id").asText()));
        network.until("the deletion reaches c through the community on a", () -> status(c, uri).isEmpty());
        assertFalse(homeHasAnnounce(carolApp, handle, uri));
        assertTrue(status(a, uri).isEmpty(), "and the community's own copy is gone");
    }
}
