package org.bureaucrathackers.fellowship.mastodon.api.statuses;

import static org.bureaucrathackers.fellowship.mastodon.api.EntityIds.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.mastodon.api.TestFellow;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Favourites, boosts, bookmarks and pins of one status, and who favourited or boosted it, over real HTTP. */
class StatusActionsApiTest {

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

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return ApiClient.json(response);
    }

    private static void assertError(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(ApiClient.json(response).path("error").isTextual(), response.body());
    }

    @Test
    void favourite_and_unfavourite_answer_the_status_with_the_flag_and_count() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String id = alice.postId("Like this");

        JsonNode liked = ok(bob.api().post("/api/v1/statuses/" + id + "/favourite"));
        JsonNode again = ok(bob.api().post("/api/v1/statuses/" + id + "/favourite"));

        assertTrue(liked.get("favourited").asBoolean());
        assertEquals(1, again.get("favourites_count").asInt(), "liking twice counts once");
        JsonNode unliked = ok(bob.api().post("/api/v1/statuses/" + id + "/unfavourite"));
        assertFalse(unliked.get("favourited").asBoolean());
        assertEquals(0, unliked.get("favourites_count").asInt());
        assertEquals(200, bob.api().post("/api/v1/statuses/" + id + "/unfavourite").statusCode());
    }

    @Test
    void favourite_needs_the_favourites_scope() {
        TestFellow alice = fellow("alice");
        String id = alice.postId("Scoped");
        ApiClient statusesOnly = TestFellow.create(instance, "writer", "write:statuses").api();
        ApiClient favouritesOnly = TestFellow.create(instance, "liker", "write:favourites").api();

        assertError(statusesOnly.post("/api/v1/statuses/" + id + "/favourite"), 403);
        assertEquals(200, favouritesOnly.post("/api/v1/statuses/" + id + "/favourite").statusCode());
        assertError(ApiClient.anonymous(instance).post("/api/v1/statuses/" + id + "/favourite"), 401);
        assertError(favouritesOnly.post("/api/v1/statuses/98765/favourite"), 404);
        assertError(favouritesOnly.post("/api/v1/statuses/x1/favourite"), 404);
    }

    @Test
    void a_reblog_answers_a_new_wrapper_whose_reblog_is_the_original() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        JsonNode original = alice.post("Boost me");
        String id = original.get("id").asText();

        JsonNode wrapper = ok(bob.api().postForm("/api/v1/statuses/" + id + "/reblog", "visibility", "public"));

        assertNotEquals(id, wrapper.get("id").asText());
        assertEquals(bob.username(), wrapper.get("account").get("username").asText());
        assertEquals("", wrapper.get("content").asText());
        assertEquals(id, wrapper.get("reblog").get("id").asText());
        assertEquals(original.get("content"), wrapper.get("reblog").get("content"));
        assertTrue(wrapper.get("reblog").get("reblogged").asBoolean());
        assertEquals(1, wrapper.get("reblog").get("reblogs_count").asInt());
        assertFalse(wrapper.has("scheduled_at"));
        JsonNode again = ok(bob.api().post("/api/v1/statuses/" + id + "/reblog"));
        assertEquals(wrapper.get("id"), again.get("id"), "boosting twice returns the first boost");
        JsonNode viaWrapper = ok(bob.api().get("/api/v1/statuses/" + wrapper.get("id").asText()));
        assertEquals(id, viaWrapper.get("reblog").get("id").asText());

        JsonNode undone = ok(bob.api().post("/api/v1/statuses/" + id + "/unreblog"));
        assertEquals(id, undone.get("id").asText());
        assertFalse(undone.get("reblogged").asBoolean());
        assertEquals(0, undone.get("reblogs_count").asInt());
        assertError(bob.api().get("/api/v1/statuses/" + wrapper.get("id").asText()), 404);
    }

    @Test
    void an_unlisted_reblog_keeps_its_visibility_and_private_ones_are_refused() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String id = alice.postId("Quietly");

        JsonNode wrapper = ok(bob.api().postForm("/api/v1/statuses/" + id + "/reblog", "visibility", "unlisted"));

        assertEquals("unlisted", wrapper.get("visibility").asText());
        TestFellow carol = fellow("carol");
        assertError(carol.api().postForm("/api/v1/statuses/" + id + "/reblog", "visibility", "direct"), 422);
        assertError(carol.api().postForm("/api/v1/statuses/" + id + "/reblog", "visibility", "loud"), 422);
    }

    @Test
    void followers_only_posts_cannot_be_reblogged_even_by_followers() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        bob.follows(instance, alice);
        String id = alice.postId(Map.of("status", "Just for you", "visibility", "private"));

        assertError(bob.api().post("/api/v1/statuses/" + id + "/reblog"), 422);
    }

    @Test
    void deleting_a_reblog_takes_the_boost_back() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String id = alice.postId("Boost then delete");
        String wrapper = ok(bob.api().post("/api/v1/statuses/" + id + "/reblog")).get("id").asText();

        ok(bob.api().delete("/api/v1/statuses/" + wrapper));

        assertEquals(0, ok(alice.api().get("/api/v1/statuses/" + id)).get("reblogs_count").asInt());
    }

    @Test
    void bookmarks_are_flagged_listed_newest_first_and_removed() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String first = alice.postId("Read later 1");
        String second = alice.postId("Read later 2");

        assertTrue(ok(bob.api().post("/api/v1/statuses/" + second + "/bookmark")).get("bookmarked").asBoolean());
        ok(bob.api().post("/api/v1/statuses/" + first + "/bookmark"));
        ok(bob.api().post("/api/v1/statuses/" + first + "/bookmark"));

        assertEquals(List.of(first, second), ids(ok(bob.api().get("/api/v1/bookmarks"))),
                "newest bookmark first, whatever the statuses' ages");
        assertEquals(List.of(), ids(ok(alice.api().get("/api/v1/bookmarks"))), "bookmarks are private");
        assertFalse(ok(bob.api().post("/api/v1/statuses/" + first + "/unbookmark")).get("bookmarked").asBoolean());
        assertEquals(List.of(second), ids(ok(bob.api().get("/api/v1/bookmarks"))));
    }

    @Test
    void bookmark_lists_page_by_the_bookmark_with_link_headers() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        List<String> bookmarked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String id = alice.postId("Keep " + i);
            ok(bob.api().post("/api/v1/statuses/" + id + "/bookmark"));
            bookmarked.add(0, id);
        }

        HttpResponse<String> first = bob.api().get("/api/v1/bookmarks?limit=2");
        assertEquals(bookmarked.subList(0, 2), ids(ok(first)));
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.matches("^<[^>]+max_id=\\d+>; rel=\"next\", <[^>]+min_id=\\d+>; rel=\"prev\"$"), link);
        String next = link.substring(1, link.indexOf('>'));
        HttpResponse<String> second = bob.api().get(next);
        assertEquals(bookmarked.subList(2, 3), ids(ok(second)));
        assertFalse(second.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
    }

    @Test
    void bookmarking_needs_the_bookmarks_scope_and_a_visible_status() {
        TestFellow alice = fellow("alice");
        String secret = alice.postId(Map.of("status", "Hidden", "visibility", "direct"));
        ApiClient reader = TestFellow.create(instance, "reader", "read").api();
        TestFellow stranger = fellow("stranger");

        assertError(reader.post("/api/v1/statuses/" + secret + "/bookmark"), 403);
        assertError(stranger.api().post("/api/v1/statuses/" + secret + "/bookmark"), 404);
        assertError(ApiClient.anonymous(instance).get("/api/v1/bookmarks"), 401);
        ApiClient writeOnly = TestFellow.create(instance, "writer", "write").api();
        assertError(writeOnly.get("/api/v1/bookmarks"), 403);
    }

    @Test
    void favourites_list_pages_by_the_like_and_shows_the_flag() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String older = alice.postId("Older");
        String newer = alice.postId("Newer");
        ok(bob.api().post("/api/v1/statuses/" + newer + "/favourite"));
        ok(bob.api().post("/api/v1/statuses/" + older + "/favourite"));

        JsonNode likes = ok(bob.api().get("/api/v1/favourites"));

        assertEquals(List.of(older, newer), ids(likes));
        assertTrue(likes.get(0).get("favourited").asBoolean());
        HttpResponse<String> empty = bob.api().get("/api/v1/favourites?max_id=1");
        assertEquals(0, ok(empty).size());
        assertTrue(empty.headers().firstValue("Link").isEmpty(), "no Link header on an empty page");
    }

    @Test
    void favourited_by_and_reblogged_by_list_accounts_with_links() {
        TestFellow alice = fellow("alice");
        String id = alice.postId("Popular");
        List<String> likers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            TestFellow fan = fellow("fan");
            ok(fan.api().post("/api/v1/statuses/" + id + "/favourite"));
            ok(fan.api().post("/api/v1/statuses/" + id + "/reblog"));
            likers.add(0, fan.id());
        }

        ApiClient anonymous = ApiClient.anonymous(instance);
        HttpResponse<String> page = anonymous.get("/api/v1/statuses/" + id + "/favourited_by?limit=2");
        JsonNode accounts = ok(page);
        assertEquals(likers.subList(0, 2), ids(accounts));
        assertTrue(accounts.get(0).has("acct"));
        assertTrue(page.headers().firstValue("Link").orElse("").startsWith("<"));
        String next = page.headers().firstValue("Link").orElseThrow();
        assertEquals(likers.subList(2, 3), ids(ok(anonymous.get(next.substring(1, next.indexOf('>'))))));

        assertEquals(likers, ids(ok(alice.api().get("/api/v1/statuses/" + id + "/reblogged_by"))));
        assertError(alice.api().get("/api/v1/statuses/31337/reblogged_by"), 404);
    }

    @Test
    void own_public_posts_can_be_pinned_up_to_the_limit_and_unpinned() {
        TestFellow alice = fellow("alice");
        List<String> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(alice.postId("Pin " + i));
        }

        for (int i = 0; i < 5; i++) {
            assertTrue(ok(alice.api().post("/api/v1/statuses/" + posts.get(i) + "/pin")).get("pinned").asBoolean());
        }
        assertEquals(200, alice.api().post("/api/v1/statuses/" + posts.get(0) + "/pin").statusCode(),
                "pinning again changes nothing");
        assertError(alice.api().post("/api/v1/statuses/" + posts.get(5) + "/pin"), 422);

        assertFalse(ok(alice.api().post("/api/v1/statuses/" + posts.get(0) + "/unpin")).get("pinned").asBoolean());
        assertTrue(ok(alice.api().post("/api/v1/statuses/" + posts.get(5) + "/pin")).get("pinned").asBoolean());
    }

    @Test
    void pinning_someone_elses_or_a_followers_only_post_is_refused() {
        TestFellow alice = fellow("alice");
        TestFellow bob = fellow("bob");
        String public_ = alice.postId("Public");
        String private_ = alice.postId(Map.of("status", "Private", "visibility", "private"));

        assertError(bob.api().post("/api/v1/statuses/" + public_ + "/pin"), 422);
        assertError(alice.api().post("/api/v1/statuses/" + private_ + "/pin"), 422);
        ApiClient noAccountsScope = new ApiClient(instance,
                instance.tokens().issue(alice.account(), "write:statuses").secret());
        assertError(noAccountsScope.post("/api/v1/statuses/" + public_ + "/pin"), 403);
    }
}
