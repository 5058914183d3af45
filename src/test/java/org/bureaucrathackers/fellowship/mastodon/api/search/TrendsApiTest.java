package org.bureaucrathackers.fellowship.mastodon.api.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.JsonShape;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Trends fed by real posts, favourites and boosts. */
class TrendsApiTest {

    private static TestInstance instance;
    private static Account ada;
    private static Account bo;
    private static Account cy;
    private static Status popular;
    private static Status liked;
    private static Status quiet;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        ada = instance.createFellow("ada");
        bo = instance.createFellow("bo");
        cy = instance.createFellow("cy");
        var posts = instance.posts();
        // alpha: three accounts once each; gamma: two accounts; beta: one account, three times.
        popular = posts.post(ada, NewPost.publicText("Shared #alpha practice"));
        liked = posts.post(bo, NewPost.publicText("Also #alpha and #gamma"));
        posts.post(cy, NewPost.publicText("Me too #alpha #gamma"));
        quiet = posts.post(ada, NewPost.publicText("Only me #beta"));
        posts.post(ada, NewPost.publicText("Still me #beta"));
        posts.post(ada, NewPost.publicText("Always me #beta"));
        Status hidden = posts.post(bo, new NewPost("Followers hear #secret #secret", Status.Visibility.PRIVATE,
                null, null, null));
        posts.post(cy, new NewPost("Between us #secret", Status.Visibility.UNLISTED, null, null, null));
        var interactions = instance.interactions();
        interactions.like(bo, popular);
        interactions.like(cy, popular);
        interactions.boost(bo, popular);
        interactions.like(ada, liked);
        instance.follows().follow(cy, bo);
        interactions.like(cy, hidden); // a followers-only post never trends, however liked
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static JsonNode getJson(ApiClient client, String path) {
        HttpResponse<String> response = client.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        return ApiClient.json(response);
    }

    @Test
    void tags_rank_by_accounts_then_uses_with_real_daily_counts() {
        for (String path : List.of("/api/v1/trends/tags", "/api/v1/trends", "/api/v1/trends/")) {
            JsonNode tags = getJson(ApiClient.anonymous(instance), path);
            assertEquals(List.of("alpha", "gamma", "beta"), names(tags), "unlisted and private posts do not count");
            JsonShape.of(tags).each("", tag -> tag.string("name", "url").array("history").absent("following")
                    .each("history", day -> day.digits("day", "uses", "accounts")));
            JsonNode today = tags.get(0).get("history").get(0);
            assertEquals(7, tags.get(0).get("history").size());
            if (Long.parseLong(today.get("day").asText())
                    == LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toEpochSecond()) {
                assertEquals("3", today.get("uses").asText());
                assertEquals("3", today.get("accounts").asText());
                JsonNode beta = tags.get(2).get("history").get(0);
                assertEquals("3", beta.get("uses").asText());
                assertEquals("1", beta.get("accounts").asText());
            }
        }
    }

    @Test
    void tags_page_with_limit_offset_and_a_link_header() {
        HttpResponse<String> first = ApiClient.anonymous(instance).get("/api/v1/trends/tags?limit=1");
        assertEquals(List.of("alpha"), names(ApiClient.json(first)));
        String link = first.headers().firstValue("Link").orElseThrow();
        assertTrue(link.startsWith("<" + instance.base() + "/api/v1/trends/tags?limit=1&offset=1>; rel=\"next\""), link);
        HttpResponse<String> second = ApiClient.anonymous(instance).get(link.substring(1, link.indexOf('>')));
        assertEquals(List.of("gamma"), names(ApiClient.json(second)));
        assertTrue(second.headers().firstValue("Link").orElse("").contains("rel=\"prev\""));
        assertEquals(List.of(), names(getJson(ApiClient.anonymous(instance), "/api/v1/trends/tags?offset=10")));
        assertEquals(3, getJson(ApiClient.anonymous(instance), "/api/v1/trends/tags?limit=500").size(),
                "an over-large limit is clamped, as Mastodon does");
    }

    @Test
    void a_fellow_sees_which_trending_tags_they_follow() {
        ApiClient fellow = ApiClient.fellow(instance, "trendwatcher", "read write follow");
        fellow.post("/api/v1/tags/gamma/follow");
        JsonNode tags = getJson(fellow, "/api/v1/trends/tags");
        assertFalse(tags.get(0).get("following").asBoolean());
        assertTrue(tags.get(1).get("following").asBoolean());
    }

    @Test
    void statuses_rank_by_favourites_and_boosts_and_need_some() {
        JsonNode statuses = getJson(ApiClient.anonymous(instance), "/api/v1/trends/statuses");
        assertEquals(List.of(Long.toString(popular.id()), Long.toString(liked.id())), ids(statuses));
        JsonShape.of(statuses).each("", s -> s.digits("id").string("content", "uri").object("account")
                .integer("favourites_count", "reblogs_count").absent("scheduled_at", "favourited"));
        assertFalse(ids(statuses).contains(Long.toString(quiet.id())));
        assertEquals(3, statuses.get(0).get("favourites_count").asInt() + statuses.get(0).get("reblogs_count").asInt());

        ApiClient viewer = ApiClient.fellow(instance, "trendreader", "read");
        JsonNode asFellow = getJson(viewer, "/api/v1/trends/statuses?limit=1");
        assertEquals(1, asFellow.size());
        assertTrue(asFellow.get(0).has("favourited"), "a fellow gets the viewer flags");
        JsonNode second = getJson(viewer, "/api/v1/trends/statuses?limit=1&offset=1");
        assertEquals(Long.toString(liked.id()), second.get(0).get("id").asText());
    }

    @Test
    void a_fellow_never_sees_trending_statuses_of_accounts_they_block() {
        Account blocker = instance.createFellow("trendblocker");
        instance.blocks().block(blocker, ada);
        ApiClient client = new ApiClient(instance, instance.tokens().issue(blocker, "read").secret());
        assertEquals(List.of(Long.toString(liked.id())), ids(getJson(client, "/api/v1/trends/statuses")));
    }

    @Test
    void links_are_an_empty_list() {
        assertEquals("[]", ApiClient.anonymous(instance).get("/api/v1/trends/links").body());
    }

    @Test
    void bad_paging_values_are_refused_with_422() {
        for (String query : List.of("limit=ten", "offset=-1", "offset=1001", "offset=x")) {
            for (String path : List.of("/api/v1/trends/tags", "/api/v1/trends/statuses")) {
                HttpResponse<String> response = ApiClient.anonymous(instance).get(path + "?" + query);
                assertEquals(422, response.statusCode(), path + "?" + query);
                assertTrue(ApiClient.json(response).has("error"));
            }
        }
    }

    private static List<String> names(JsonNode tags) {
        List<String> names = new ArrayList<>();
        tags.forEach(t -> names.add(t.get("name").asText()));
        return names;
    }

    private static List<String> ids(JsonNode statuses) {
        List<String> ids = new ArrayList<>();
        statuses.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }
}
