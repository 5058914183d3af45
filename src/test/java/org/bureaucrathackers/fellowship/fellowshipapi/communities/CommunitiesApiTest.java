package org.bureaucrathackers.fellowship.fellowshipapi.communities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.InvalidFellowException;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Creating and listing communities over real HTTP, their Group actor and WebFinger, and joining one through the
 * Mastodon API; every bad request gets a 4xx with a message.
 */
class CommunitiesApiTest {

    private static final String PATH = "/api/fellowship/v1/communities";
    private static final String AP = "application/activity+json";

    private final TestInstance instance = TestInstance.start();
    private final Account chief = instance.fellows().create(
            new FellowService.NewFellow("chief", "The Chief", null, null, true));
    private final ApiClient admin = new ApiClient(instance, instance.tokens().issue(chief, "read write follow").secret());
    private final ApiClient alice = ApiClient.fellow(instance, "alice", "read write follow");

    @AfterEach
    void close() {
        instance.close();
    }

    private JsonNode create(String name, boolean approval) {
        HttpResponse<String> response = admin.postJson(PATH, Map.of("name", name, "display_name", "Procurement",
                "description", "Buying well <together>.", "approval_required", approval));
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    @Test
    void an_admin_creates_a_community_that_is_listed_served_as_a_group_and_found_by_webfinger() {
        JsonNode created = create("procurement", false);
        assertEquals("procurement", created.get("name").asText());
        assertEquals("Procurement", created.get("display_name").asText());
        assertEquals("Buying well <together>.", created.get("description").asText());
        assertFalse(created.get("approval_required").asBoolean());
        assertEquals(0, created.get("members_count").asInt());
        String uri = instance.base() + "/communities/procurement";
        assertEquals(uri, created.get("uri").asText());
        assertEquals(uri, created.get("url").asText());
        assertTrue(created.get("account").get("group").asBoolean());

        JsonNode listed = ApiClient.json(ApiClient.anonymous(instance).get(PATH));
        assertEquals(1, listed.size());
        assertEquals("procurement", listed.get(0).get("name").asText());

        HttpResponse<String> actorResponse = instance.get("/communities/procurement", "Accept", AP);
        assertEquals(200, actorResponse.statusCode());
        assertTrue(actorResponse.headers().firstValue("Vary").orElse("").contains("Accept"));
        JsonNode actor = ApiClient.json(actorResponse);
        assertEquals("Group", actor.get("type").asText());
        assertEquals(uri, actor.get("id").asText());
        assertEquals("procurement", actor.get("preferredUsername").asText());
        assertEquals("<p>Buying well &lt;together&gt;.</p>", actor.get("summary").asText());
        assertEquals(uri + "/inbox", actor.get("inbox").asText());
        assertEquals(uri + "/followers", actor.get("followers").asText());
        assertEquals(uri + "/moderators", actor.get("attributedTo").asText());
        assertFalse(actor.get("postingRestrictedToMods").asBoolean());
        assertFalse(actor.get("manuallyApprovesFollowers").asBoolean());
        assertEquals(uri + "#main-key", actor.get("publicKey").get("id").asText());
        assertEquals(uri, actor.get("publicKey").get("owner").asText());

        JsonNode moderators = ApiClient.json(instance.get(uri + "/moderators", "Accept", AP));
        assertEquals(chief.uri(), moderators.get("orderedItems").get(0).asText());
        assertEquals(200, instance.get(uri + "/outbox", "Accept", AP).statusCode());

        HttpResponse<String> page = instance.get("/communities/procurement", "Accept", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.body().contains("Procurement"), page.body());

        JsonNode jrd = ApiClient.json(instance.get("/.well-known/webfinger?resource=acct:procurement@"
                + instance.domain()));
        assertTrue(jrd.get("links").toString().contains("\"href\":\"" + uri + "\""), jrd.toString());
    }

    @Test
    void a_fellow_joins_by_following_the_communitys_account() {
        String accountId = create("permits", false).get("account").get("id").asText();
        JsonNode relationship = ApiClient.json(alice.post("/api/v1/accounts/" + accountId + "/follow"));
        assertTrue(relationship.get("following").asBoolean(), relationship.toString());
        JsonNode shown = ApiClient.json(alice.get(PATH + "/permits"));
        assertEquals(1, shown.get("members_count").asInt());
        assertEquals(1, ApiClient.json(instance.get("/communities/permits/followers", "Accept", AP))
                .get("totalItems").asInt());
    }

    @Test
    void joining_a_community_that_needs_approval_waits_for_it() {
        String accountId = create("standards", true).get("account").get("id").asText();
        JsonNode relationship = ApiClient.json(alice.post("/api/v1/accounts/" + accountId + "/follow"));
        assertFalse(relationship.get("following").asBoolean());
        assertTrue(relationship.get("requested").asBoolean(), relationship.toString());
        assertEquals(0, ApiClient.json(alice.get(PATH + "/standards")).get("members_count").asInt());

        String requests = PATH + "/standards/follow_requests";
        assertError(alice.get(requests), 403);
        JsonNode waiting = ApiClient.json(admin.get(requests));
        assertEquals(1, waiting.size(), waiting.toString());
        String aliceId = waiting.get(0).get("id").asText();
        assertError(admin.post(requests + "/12345/authorize"), 404);
        assertError(admin.post(requests + "/notanid/reject"), 404);
        assertEquals(200, admin.post(requests + "/" + aliceId + "/authorize").statusCode());
        assertEquals(1, ApiClient.json(alice.get(PATH + "/standards")).get("members_count").asInt());
        assertEquals(0, ApiClient.json(admin.get(requests)).size());
        assertTrue(ApiClient.json(alice.get("/api/v1/accounts/relationships?id[]=" + accountId)).get(0)
                .get("following").asBoolean());
    }

    @Test
    void names_are_shared_with_fellows_either_way() {
        assertField(admin.postJson(PATH, Map.of("name", "alice")), 422, "name");
        create("digital", false);
        assertThrows(InvalidFellowException.class, () -> instance.createFellow("digital"));
        assertField(admin.postJson(PATH, Map.of("name", "Digital")), 422, "name");
    }

    @Test
    void bad_requests_get_a_4xx_with_a_message() {
        assertError(ApiClient.anonymous(instance).postJson(PATH, Map.of("name", "x")), 401);
        assertError(alice.postJson(PATH, Map.of("name", "procurement")), 403);
        assertField(admin.postJson(PATH, Map.of("display_name", "No name")), 422, "name");
        assertField(admin.postJson(PATH, Map.of("name", "has spaces")), 422, "name");
        assertField(admin.postJson(PATH, Map.of("name", "x".repeat(31))), 422, "name");
        assertField(admin.postJson(PATH, Map.of("name", "inbox")), 422, "name");
        assertField(admin.postJson(PATH, Map.of("name", "ok", "display_name", "d".repeat(101))), 422, "display_name");
        assertField(admin.postJson(PATH, Map.of("name", "ok", "description", "d".repeat(5001))), 422, "description");
        Map<String, Object> badFlag = new HashMap<>(Map.of("name", "ok", "approval_required", "perhaps"));
        assertField(admin.postJson(PATH, badFlag), 422, "approval_required");
        assertError(admin.postJson(PATH, "{not json"), 400);
        assertField(admin.get(PATH + "?limit=abc"), 422, "limit");
        assertField(admin.get(PATH + "?limit=100000"), 422, "limit");
        assertError(admin.get(PATH + "/nosuch"), 404);
        assertError(admin.get(PATH + "/" + "n".repeat(500)), 404);
        assertEquals(404, instance.get("/communities/nosuch", "Accept", AP).statusCode());
        assertEquals(404, instance.get("/communities/alice", "Accept", AP).statusCode());

        create("procurement", false);
        assertError(instance.get("/communities/procurement/outbox?max_id=notanid", "Accept", AP), 400);
        assertError(instance.get("/communities/procurement/followers?page=true&max_id=x", "Accept", AP), 400);
        assertError(instance.get("/communities/" + "p".repeat(300), "Accept", AP), 404);
        assertError(instance.send(HttpRequest.newBuilder(URI.create(
                instance.url("/communities/nosuch/inbox"))).header("Content-Type", AP)
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()), 404);
        assertError(admin.delete(PATH + "/procurement/posts/notanid"), 404);
        assertError(admin.delete(PATH + "/procurement/posts/12345"), 404);
        assertError(admin.delete(PATH + "/nosuch/posts/12345"), 404);
        assertError(alice.delete(PATH + "/procurement/posts/12345"), 404);
        assertError(ApiClient.anonymous(instance).delete(PATH + "/procurement/posts/12345"), 401);
        assertEquals(0, instance.communities().count() - 1, "nothing else was created");
    }

    private static void assertError(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertFalse(ApiClient.json(response).path("error").asText().isBlank(), response.body());
    }

    private static void assertField(HttpResponse<String> response, int status, String field) {
        assertError(response, status);
        assertEquals(field, ApiClient.json(response).path("field").asText(), response.body());
    }
}
