package org.bureaucrathackers.fellowship.mastodon.api.statuses;

import static org.bureaucrathackers.fellowship.mastodon.api.EntityIds.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.mastodon.api.TestFellow;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.RawHttp;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Posting, reading, editing and deleting statuses over real HTTP, with the privacy rules and bad input. */
class StatusesApiTest {

    /** Every key the Status entity documents (client-api.md §4), for statuses read by a fellow. */
    static final List<String> STATUS_KEYS = List.of("id", "uri", "created_at", "account", "content", "visibility",
            "sensitive", "spoiler_text", "media_attachments", "mentions", "tags", "emojis", "reblogs_count",
            "favourites_count", "replies_count", "url", "in_reply_to_id", "in_reply_to_account_id", "reblog",
            "poll", "card", "language", "edited_at", "favourited", "reblogged", "muted", "bookmarked", "filtered");

    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static TestFellow fellow(String name) {
        return TestFellow.create(instance, name);
    }

    static JsonNode post(TestFellow fellow, Map<String, Object> body) {
        return fellow.post(body);
    }

    static JsonNode post(TestFellow fellow, String text) {
        return fellow.post(text);
    }

    private static void assertError(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                response.headers().toString());
        assertTrue(ApiClient.json(response).path("error").isTextual(), response.body());
    }

    @Test
    void a_posted_status_has_every_documented_key_and_no_scheduled_at() {
        TestFellow alice = fellow("alice");

        JsonNode status = post(alice, Map.of("status", "Hello *world* #civic", "visibility", "public",
                "sensitive", false, "language", "en"));

        for (String key : STATUS_KEYS) {
            assertTrue(status.has(key), "missing " + key + " in " + status);
        }
        assertFalse(status.has("scheduled_at"));
        assertEquals("public", status.get("visibility").asText());
        assertEquals("en", status.get("language").asText());
        assertTrue(status.get("content").asText().contains("<em>world</em>"), status.toString());
        assertEquals("civic", status.get("tags").get(0).get("name").asText());
        assertTrue(status.get("created_at").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"));
        assertTrue(status.get("id").isTextual());
        assertTrue(status.get("url").asText().startsWith(instance.base()));
        assertFalse(status.get("pinned").asBoolean());
        assertTrue(status.has("application"));
    }

    @Test
    void a_form_encoded_post_with_a_content_warning_is_sensitive() {
        TestFellow alice = fellow("alice");

        HttpResponse<String> response = alice.api().postForm("/api/v1/statuses", "status", "Spoilers ahead",
                "spoiler_text", "film plot", "visibility", "unlisted");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode status = ApiClient.json(response);
        assertEquals("film plot", status.get("spoiler_text").asText());
        assertTrue(status.get("sensitive").asBoolean());
        assertEquals("unlisted", status.get("visibility").asText());
    }

    @Test
    void sensitive_can_be_set_without_a_content_warning_in_any_spelling() {
        TestFellow alice = fellow("alice");

        HttpResponse<String> response = alice.api().postForm("/api/v1/statuses", "status", "Medical detail",
                "sensitive", "True");

        assertTrue(ApiClient.json(response).get("sensitive").asBoolean(), response.body());
        assertEquals("", ApiClient.json(response).get("spoiler_text").asText());
    }

    @Test
    void the_same_idempotency_key_returns_the_same_status_and_another_key_a_new_one() {
        TestFellow alice = fellow("alice");

        String first = postWithKey(alice, "key-1", "Only once").get("id").asText();
        String again = postWithKey(alice, "key-1", "Only once").get("id").asText();
        String other = postWithKey(alice, "key-2", "Only once").get("id").asText();

        assertEquals(first, again);
        assertNotEquals(first, other);
    }

    @Test
    void an_idempotency_key_is_per_fellow() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");

        String byAlice = postWithKey(alice, "shared-key", "Mine").get("id").asText();
        String byBob = postWithKey(bob, "shared-key", "Mine").get("id").asText();

        assertNotEquals(byAlice, byBob);
    }

    @Test
    void a_failed_post_does_not_use_up_its_idempotency_key() {
        TestFellow alice = fellow("alice");
        HttpResponse<String> failed = sendWithKey(alice, "retry-key", "x".repeat(6_000));
        assertError(failed, 422);

        assertEquals(200, sendWithKey(alice, "retry-key", "Shorter now").statusCode());
    }

    @Test
    void a_key_still_being_used_by_a_first_request_is_a_conflict_and_an_overlong_key_is_refused() throws Exception {
        TestFellow alice = fellow("alice");
        String hash = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest("busy-key".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        java.time.Instant now = java.time.Instant.now();
        new org.bureaucrathackers.fellowship.store.JooqIdempotencyStore(instance.database())
                .claim(alice.account().id(), hash, now, now.minusSeconds(3600));

        assertError(sendWithKey(alice, "busy-key", "Racing"), 409);
        assertError(sendWithKey(alice, "k".repeat(300), "Long key"), 422);
    }

    private static JsonNode postWithKey(TestFellow client, String key, String text) {
        HttpResponse<String> response = sendWithKey(client, key, text);
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    private static HttpResponse<String> sendWithKey(TestFellow client, String key, String text) {
        return instance.send(HttpRequest.newBuilder(URI.create(instance.url("/api/v1/statuses")))
                .timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + client.api().token())
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(
                        org.bureaucrathackers.fellowship.json.Json.write(Map.of("status", text)))).build());
    }

    @Test
    void a_read_only_token_cannot_post_and_no_token_is_unauthorised() {
        ApiClient reader = TestFellow.create(instance, "reader", "read").api();

        assertError(reader.postJson("/api/v1/statuses", Map.of("status", "Nope")), 403);
        assertError(ApiClient.anonymous(instance).postJson("/api/v1/statuses", Map.of("status", "Nope")), 401);
        assertError(new ApiClient(instance, "not-a-token").postJson("/api/v1/statuses", Map.of("status", "x")), 401);
    }

    @Test
    void a_granular_write_statuses_token_can_post() {
        ApiClient writer = TestFellow.create(instance, "writer", "write:statuses").api();

        assertEquals(200, writer.postJson("/api/v1/statuses", Map.of("status", "Granular")).statusCode());
    }

    @Test
    void bad_posts_are_refused_with_a_message() {
        TestFellow alice = fellow("alice");

        assertError(alice.api().postJson("/api/v1/statuses", Map.of("status", "  ")), 422);
        assertError(alice.api().postJson("/api/v1/statuses", Map.of("visibility", "public")), 422);
        assertError(alice.api().postJson("/api/v1/statuses", Map.of("status", "x".repeat(5_001))), 422);
        assertError(alice.api().postJson("/api/v1/statuses", Map.of("status", "Hi", "visibility", "everyone")), 422);
        assertError(alice.api().postJson("/api/v1/statuses", Map.of("status", "Hi", "sensitive", "perhaps")), 422);
        assertError(alice.api().postJson("/api/v1/statuses", Map.of("status", "Hi", "language", "no language")), 422);
        assertError(alice.api().postJson("/api/v1/statuses", Map.of("status", "Hi", "spoiler_text", "w".repeat(501))),
                422);
        assertError(alice.api().postJson("/api/v1/statuses", Map.of("status", "Hi", "in_reply_to_id", "abc")), 422);
        assertError(alice.api().postJson("/api/v1/statuses", "[1, 2]"), 422);
        assertError(alice.api().postJson("/api/v1/statuses", "{not json"), 400);
    }

    @Test
    void media_polls_and_scheduling_are_refused_with_clear_messages() {
        TestFellow alice = fellow("alice");

        HttpResponse<String> media = alice.api().postForm("/api/v1/statuses", "status", "Pic", "media_ids[]", "12345");
        assertError(media, 422);
        assertTrue(ApiClient.json(media).get("error").asText().contains("12345"), media.body());

        HttpResponse<String> poll = alice.api().postJson("/api/v1/statuses", Map.of("status", "Vote",
                "poll", Map.of("options", List.of("yes", "no"), "expires_in", 3600)));
        assertError(poll, 422);
        assertTrue(ApiClient.json(poll).get("error").asText().contains("polls are not supported"), poll.body());

        HttpResponse<String> formPoll = alice.api().postForm("/api/v1/statuses", "status", "Vote",
                "poll[options][]", "yes", "poll[options][]", "no", "poll[expires_in]", "3600");
        assertError(formPoll, 422);

        HttpResponse<String> scheduled = alice.api().postJson("/api/v1/statuses", Map.of("status", "Later",
                "scheduled_at", "2030-01-01T00:00:00.000Z"));
        assertError(scheduled, 422);
        assertEquals("scheduled posts are not supported", ApiClient.json(scheduled).get("error").asText());
    }

    @Test
    void an_oversized_body_is_refused_with_413() {
        String response = RawHttp.postDeclaringLength(instance.port(), "/api/v1/statuses", "application/json",
                50L * 1024 * 1024);

        assertEquals(413, RawHttp.status(response), response);
        assertTrue(response.contains("\"error\""), response);
    }

    @Test
    void a_reply_names_its_parent_and_unknown_parents_are_404() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        JsonNode parent = post(alice, "Question?");

        JsonNode reply = post(bob, Map.of("status", "Answer.", "in_reply_to_id", parent.get("id").asText()));

        assertEquals(parent.get("id").asText(), reply.get("in_reply_to_id").asText());
        assertEquals(parent.get("account").get("id").asText(), reply.get("in_reply_to_account_id").asText());
        assertError(bob.api().postJson("/api/v1/statuses", Map.of("status", "Lost", "in_reply_to_id", "999999")), 404);
    }

    @Test
    void a_public_status_can_be_read_anonymously_and_unknown_ids_are_404() {
        TestFellow alice = fellow("alice");
        JsonNode status = post(alice, "Open to all");

        String path = "/api/v1/statuses/" + status.get("id").asText();
        HttpResponse<String> response = ApiClient.anonymous(instance).get(path);

        assertEquals(200, response.statusCode());
        JsonNode read = ApiClient.json(response);
        assertEquals(status.get("id"), read.get("id"));
        assertFalse(read.has("favourited"), "no viewer flags for anonymous readers");
        assertError(ApiClient.anonymous(instance).get("/api/v1/statuses/123456789"), 404);
        assertError(ApiClient.anonymous(instance).get("/api/v1/statuses/not-a-number"), 404);
        assertError(ApiClient.anonymous(instance).get("/api/v1/statuses/99999999999999999999999"), 404);
    }

    @Test
    void trailing_slashes_reach_the_same_status() {
        TestFellow alice = fellow("alice");
        JsonNode status = post(alice, "Slash");

        assertEquals(200, alice.api().get("/api/v1/statuses/" + status.get("id").asText() + "/").statusCode());
        assertEquals(200, alice.api().postJson("/api/v1/statuses/", Map.of("status", "Slashed post")).statusCode());
    }

    @Test
    void a_followers_only_status_is_404_for_strangers_and_visible_to_followers() {
        TestFellow alice = fellow("alice");
        TestFellow follower = fellow("follower");
        TestFellow stranger = fellow("stranger");
        follower.follows(instance, alice);
        JsonNode status = post(alice, Map.of("status", "Followers only", "visibility", "private"));
        String path = "/api/v1/statuses/" + status.get("id").asText();

        assertEquals("private", status.get("visibility").asText());
        assertEquals(200, follower.api().get(path).statusCode());
        assertError(stranger.api().get(path), 404);
        assertError(ApiClient.anonymous(instance).get(path), 404);
        assertError(stranger.api().get(path + "/context"), 404);
        assertError(stranger.api().post(path + "/favourite"), 404);
    }

    @Test
    void a_direct_status_is_visible_only_to_those_it_mentions() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        TestFellow follower = fellow("follower");
        follower.follows(instance, alice);
        String bobName = bob.username();
        JsonNode status = post(alice, Map.of("status", "@" + bobName + " just you", "visibility", "direct"));
        String path = "/api/v1/statuses/" + status.get("id").asText();

        assertEquals(bobName, status.get("mentions").get(0).get("username").asText());
        assertEquals(200, bob.api().get(path).statusCode());
        assertError(follower.api().get(path), 404);
    }

    @Test
    void an_edit_changes_the_text_and_sets_edited_at() {
        TestFellow alice = fellow("alice");
        JsonNode status = post(alice, "First draft");
        String path = "/api/v1/statuses/" + status.get("id").asText();

        HttpResponse<String> response = alice.api().putForm(path, "status", "Second draft", "spoiler_text", "cw");

        assertEquals(200, response.statusCode(), response.body());
        JsonNode edited = ApiClient.json(response);
        assertTrue(edited.get("content").asText().contains("Second draft"));
        assertFalse(edited.get("edited_at").isNull());
        assertEquals("cw", edited.get("spoiler_text").asText());
        JsonNode source = ApiClient.json(alice.api().get(path + "/source"));
        assertEquals("Second draft", source.get("text").asText());
        assertEquals("cw", source.get("spoiler_text").asText());
        JsonNode history = ApiClient.json(alice.api().get(path + "/history"));
        assertEquals(1, history.size(), "earlier versions are not kept");
        assertTrue(history.get(0).get("content").asText().contains("Second draft"));
        assertEquals(edited.get("edited_at"), history.get(0).get("created_at"));
    }

    @Test
    void only_the_author_may_edit_or_delete() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String path = "/api/v1/statuses/" + post(alice, "Mine").get("id").asText();

        assertError(bob.api().putForm(path, "status", "Yours now"), 403);
        assertError(bob.api().delete(path), 403);
        assertError(alice.api().putForm(path, "status", ""), 422);
        assertError(alice.api().putForm("/api/v1/statuses/424242", "status", "Ghost"), 404);
    }

    @Test
    void delete_answers_the_status_with_its_source_text_and_then_it_is_gone() {
        TestFellow alice = fellow("alice");
        JsonNode status = post(alice, "Remove *me*");
        String path = "/api/v1/statuses/" + status.get("id").asText();

        HttpResponse<String> response = alice.api().delete(path);

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("Remove *me*", ApiClient.json(response).get("text").asText());
        assertEquals(status.get("id"), ApiClient.json(response).get("id"));
        assertError(alice.api().get(path), 404);
        assertError(alice.api().delete(path), 404);
    }

    @Test
    void a_read_token_cannot_delete() {
        TestFellow alice = fellow("alice");
        String path = "/api/v1/statuses/" + post(alice, "Keep").get("id").asText();
        ApiClient reader = new ApiClient(instance, instance.tokens().issue(alice.account(), "read").secret());

        assertError(reader.delete(path), 403);
        assertEquals(200, reader.get(path).statusCode());
    }

    @Test
    void context_lists_ancestors_oldest_first_and_descendants_in_reading_order() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String root = post(alice, "Root").get("id").asText();
        String middle = post(bob, Map.of("status", "Middle", "in_reply_to_id", root)).get("id").asText();
        String leaf = post(alice, Map.of("status", "Leaf", "in_reply_to_id", middle)).get("id").asText();
        String sibling = post(bob, Map.of("status", "Sibling", "in_reply_to_id", root)).get("id").asText();
        String secret = post(alice, Map.of("status", "Secret", "in_reply_to_id", root, "visibility", "direct"))
                .get("id").asText();

        JsonNode ofLeaf = ApiClient.json(bob.api().get("/api/v1/statuses/" + leaf + "/context"));
        JsonNode ofRoot = ApiClient.json(ApiClient.anonymous(instance).get("/api/v1/statuses/" + root + "/context"));

        assertEquals(List.of(root, middle), ids(ofLeaf.get("ancestors")));
        assertEquals(List.of(), ids(ofLeaf.get("descendants")));
        assertEquals(List.of(), ids(ofRoot.get("ancestors")));
        assertEquals(List.of(middle, leaf, sibling), ids(ofRoot.get("descendants")),
                "the direct reply is seen only by its audience");
        assertTrue(ids(ApiClient.json(alice.api().get("/api/v1/statuses/" + root + "/context")).get("descendants"))
                .contains(secret));
    }

    @Test
    void replies_count_counts_replies() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String root = post(alice, "Count my replies").get("id").asText();
        post(bob, Map.of("status", "One", "in_reply_to_id", root));
        post(bob, Map.of("status", "Two", "in_reply_to_id", root));

        assertEquals(2, ApiClient.json(alice.api().get("/api/v1/statuses/" + root)).get("replies_count").asInt());
    }
}
