package org.bureaucrathackers.fellowship.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A community on {@code a} joined from {@code a} and {@code b}: what a member on either instance addresses to it is
 * announced by the community and reaches the home timelines of members on both; what a stranger addresses to it
 * is not; a moderator's removal takes it back everywhere.
 */
class CommunityFederationTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account chief = a.fellows().create(new FellowService.NewFellow("chief", null, null, null, true));
    private final ApiClient chiefApp = app(a, chief);
    private final ApiClient aliceApp = app(a, a.createFellow("alice"));
    private final ApiClient bobApp = app(b, b.createFellow("bob"));
    private final ApiClient carolApp = app(b, b.createFellow("carol"));
    private final ApiClient daveApp = app(b, b.createFellow("dave"));

    @AfterEach
    void close() {
        network.close();
    }

    private static ApiClient app(TestInstance instance, Account fellow) {
        return new ApiClient(instance, instance.tokens().issue(fellow, "read write follow").secret());
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    /** Whether the home timeline shows {@code uri} boosted by the community {@code acct}. */
    private static boolean homeHasAnnounce(ApiClient app, String acct, String uri) {
        for (JsonNode status : ok(app.get("/api/v1/timelines/home"))) {
            JsonNode reblog = status.path("reblog");
            if (reblog.isObject() && uri.equals(reblog.path("uri").asText())
                    && acct.equals(status.path("account").path("acct").asText())) {
                return true;
            }
        }
        return false;
    }

    private String join(ApiClient app, TestInstance on) {
        String handle = "procurement@" + a.domain();
        JsonNode found = ok(app.get("/api/v1/accounts/lookup?acct=" + handle));
        assertTrue(found.get("group").asBoolean(), found.toString());
        String id = found.get("id").asText();
        ok(app.post("/api/v1/accounts/" + id + "/follow"));
        network.until("the community accepts", () -> ok(app.get("/api/v1/accounts/relationships?id[]=" + id))
                .get(0).get("following").asBoolean());
        return id;
    }

    @Test
    void posts_members_address_to_the_community_reach_members_on_every_instance() throws FetchException {
        ok(chiefApp.postJson("/api/fellowship/v1/communities", Map.of("name", "procurement",
                "display_name", "Procurement", "description", "Buying well together")));
        String onA = "procurement";
        String onB = "procurement@" + a.domain();
        ok(aliceApp.post("/api/v1/accounts/" + ok(aliceApp.get("/api/v1/accounts/lookup?acct=procurement"))
                .get("id").asText() + "/follow"));
        join(bobApp, b);
        join(carolApp, b);
        assertEquals(3, ok(chiefApp.get("/api/fellowship/v1/communities/procurement")).get("members_count").asInt());

        String stranger = ok(daveApp.postJson("/api/v1/statuses", Map.of(
                "status", "@" + onB + " buy my software"))).get("uri").asText();
        String fromB = ok(bobApp.postJson("/api/v1/statuses", Map.of(
                "status", "@" + onB + " who has a template for tenders?"))).get("uri").asText();
        network.until("bob's post is announced to alice on a", () -> homeHasAnnounce(aliceApp, onA, fromB));
        network.until("and to carol on b", () -> homeHasAnnounce(carolApp, onB, fromB));

        String fromA = ok(aliceApp.postJson("/api/v1/statuses", Map.of(
                "status", "@procurement here is ours"))).get("uri").asText();
        network.until("alice's post is announced to carol on b", () -> homeHasAnnounce(carolApp, onB, fromA));
        assertTrue(homeHasAnnounce(bobApp, onB, fromA));

        assertTrue(a.posts().find(stranger).isPresent(), "dave's post reached the community");
        assertFalse(homeHasAnnounce(aliceApp, onA, stranger), "but a stranger's post is not announced");
        assertFalse(homeHasAnnounce(carolApp, onB, stranger));

        String bobsPostOnA = a.posts().find(fromB).orElseThrow().id() + "";
        assertEquals(403, aliceApp.delete("/api/fellowship/v1/communities/procurement/posts/" + bobsPostOnA)
                .statusCode(), "only moderators remove posts");
        ok(chiefApp.delete("/api/fellowship/v1/communities/procurement/posts/" + bobsPostOnA));
        network.until("the removal reaches carol on b", () -> !homeHasAnnounce(carolApp, onB, fromB));
        assertFalse(homeHasAnnounce(aliceApp, onA, fromB));
        assertTrue(homeHasAnnounce(carolApp, onB, fromA), "other posts stay");
        assertEquals(404, chiefApp.delete("/api/fellowship/v1/communities/procurement/posts/" + bobsPostOnA)
                .statusCode(), "removed once");
    }
}
