package org.bureaucrathackers.fellowship.mastodon.api.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.JsonShape;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Hashtags: showing one with its history, following and unfollowing, and the followed list. */
class TagsApiTest {

    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static void assertTagShape(JsonNode tag) {
        JsonShape.of(tag).string("name", "url").array("history")
                .each("history", day -> day.digits("day", "uses", "accounts"));
        assertEquals(7, tag.get("history").size());
    }

    @Test
    void a_tag_is_shown_with_a_week_of_real_history_today_first() {
        var posts = instance.posts();
        posts.post(instance.createFellow("tagger_one"), NewPost.publicText("Trying #CivicTech today"));
        posts.post(instance.createFellow("tagger_two"), NewPost.publicText("More #civictech and #civictech"));
        posts.post(instance.fellows().findLocal("tagger_two").orElseThrow(),
                NewPost.publicText("Again #civictech"));
        posts.post(instance.createFellow("tagger_three"),
                new NewPost("Quietly #civictech", Status.Visibility.PRIVATE, null, null, null));

        HttpResponse<String> response = ApiClient.anonymous(instance).get("/api/v1/tags/CivicTech");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode tag = ApiClient.json(response);
        assertTagShape(tag);
        assertEquals("civictech", tag.get("name").asText());
        assertEquals(instance.base() + "/tags/civictech", tag.get("url").asText());
        assertFalse(tag.has("following"), "no fellow asked");
        long today = LocalDate.now(ZoneOffset.UTC).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        JsonNode first = tag.get("history").get(0);
        if (Long.parseLong(first.get("day").asText()) == today) {
            assertEquals("3", first.get("uses").asText(), "public statuses, each once");
            assertEquals("2", first.get("accounts").asText());
        }
        assertEquals(Long.toString(Long.parseLong(first.get("day").asText()) - 86_400),
                tag.get("history").get(1).get("day").asText());
        assertEquals("0", tag.get("history").get(6).get("uses").asText());
    }

    @Test
    void a_tag_never_used_still_has_a_page_but_a_name_that_cannot_be_a_tag_is_not_found() {
        JsonNode tag = ApiClient.json(ApiClient.anonymous(instance).get("/api/v1/tags/caf%C3%A9"));
        assertTagShape(tag);
        assertEquals("cafe", tag.get("name").asText());
        for (String bad : List.of("2026", "%21%21%21", "x".repeat(101))) {
            HttpResponse<String> response = ApiClient.anonymous(instance).get("/api/v1/tags/" + bad);
            assertEquals(404, response.statusCode(), bad);
            assertEquals("Record not found", ApiClient.json(response).get("error").asText());
        }
        ApiClient fellow = ApiClient.fellow(instance, "badfollower", "read write follow");
        assertEquals(404, fellow.post("/api/v1/tags/2026/follow").statusCode());
    }

    @Test
    void following_a_tag_shows_in_the_tag_and_in_followed_tags() {
        ApiClient fellow = ApiClient.fellow(instance, "tagfollower", "read write follow");
        HttpResponse<String> followed = fellow.post("/api/v1/tags/OpenData/follow");
        assertEquals(200, followed.statusCode(), followed.body());
        JsonNode tag = ApiClient.json(followed);
        assertTagShape(tag);
        assertEquals("opendata", tag.get("name").asText());
        assertTrue(tag.get("following").asBoolean());
        assertEquals(200, fellow.post("/api/v1/tags/opendata/follow/").statusCode(), "following again is fine");
        assertTrue(ApiClient.json(fellow.get("/api/v1/tags/opendata")).get("following").asBoolean());

        JsonNode list = ApiClient.json(fellow.get("/api/v1/followed_tags/"));
        assertEquals(1, list.size());
        assertTagShape(list.get(0));
        assertEquals("opendata", list.get(0).get("name").asText());
        assertTrue(list.get(0).get("following").asBoolean());

        JsonNode unfollowed = ApiClient.json(fellow.post("/api/v1/tags/opendata/unfollow"));
        assertFalse(unfollowed.get("following").asBoolean());
        assertEquals(200, fellow.post("/api/v1/tags/opendata/unfollow").statusCode(), "unfollowing again is fine");
        assertFalse(ApiClient.json(fellow.get("/api/v1/tags/opendata")).get("following").asBoolean());
        HttpResponse<String> empty = fellow.get("/api/v1/followed_tags");
        assertEquals("[]", empty.body());
        assertTrue(empty.headers().firstValue("Link").isEmpty(), "no Link on an empty page");
    }

    @Test
    void followed_tags_come_in_pages_with_a_link_header() {
        ApiClient fellow = ApiClient.fellow(instance, "manytags", "read write follow");
        for (String name : List.of("first", "second", "third")) {
            assertEquals(200, fellow.post("/api/v1/tags/" + name + "/follow").statusCode());
        }
        HttpResponse<String> page = fellow.get("/api/v1/followed_tags?limit=2");
        assertEquals(List.of("third", "second"), names(ApiClient.json(page)));
        String link = page.headers().firstValue("Link").orElseThrow();
        assertTrue(link.matches("^<[^>]+>; rel=\"next\", <[^>]+>; rel=\"prev\"$"), link);
        HttpResponse<String> next = fellow.get(link.substring(1, link.indexOf('>')));
        assertEquals(List.of("first"), names(ApiClient.json(next)));
        assertFalse(next.headers().firstValue("Link").orElse("").contains("rel=\"next\""));
        assertEquals(422, fellow.get("/api/v1/followed_tags?max_id=abc").statusCode());
    }

    @Test
    void scopes_are_read_follows_and_write_follows() {
        ApiClient reader = ApiClient.fellow(instance, "tagreader", "read");
        assertEquals(403, reader.post("/api/v1/tags/policy/follow").statusCode());
        assertEquals(200, reader.get("/api/v1/followed_tags").statusCode());
        ApiClient granular = ApiClient.fellow(instance, "taggranular", "write:follows");
        assertEquals(200, granular.post("/api/v1/tags/policy/follow").statusCode());
        assertEquals(403, granular.get("/api/v1/followed_tags").statusCode());
        ApiClient follow = ApiClient.fellow(instance, "tagfollowscope", "follow");
        assertEquals(200, follow.post("/api/v1/tags/policy/follow").statusCode());
        assertEquals(200, follow.get("/api/v1/followed_tags").statusCode());
        assertEquals(401, ApiClient.anonymous(instance).post("/api/v1/tags/policy/follow").statusCode());
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v1/followed_tags").statusCode());
    }

    private static List<String> names(JsonNode tags) {
        List<String> names = new ArrayList<>();
        tags.forEach(t -> names.add(t.get("name").asText()));
        return names;
    }
}
