package org.bureaucrathackers.fellowship.mastodon.api.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.JsonShape;
import org.bureaucrathackers.fellowship.testing.RawHttp;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keyword filters (v2) over real HTTP, in the encodings clients send them. */
class FiltersApiTest {

    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static void assertFilterShape(JsonNode filter) {
        JsonShape.of(filter).digits("id").string("title", "filter_action").array("context", "keywords", "statuses")
                .datetimeOrNull("expires_at")
                .each("keywords", keyword -> keyword.digits("id").string("keyword").bool("whole_word"));
    }

    private static void assertRefused(HttpResponse<String> response, String message) {
        assertEquals(422, response.statusCode(), response.body());
        String error = ApiClient.json(response).get("error").asText();
        assertTrue(error.contains(message), error);
    }

    private static void assertNotFound(HttpResponse<String> response) {
        assertEquals(404, response.statusCode(), response.body());
        assertEquals("Record not found", ApiClient.json(response).get("error").asText());
    }

    @Test
    void a_filter_is_created_from_the_form_mastodons_documentation_shows() {
        ApiClient fellow = ApiClient.fellow(instance, "filterer", "read write");
        HttpResponse<String> created = fellow.postForm("/api/v2/filters", "title", "test", "context[]", "public",
                "keywords_attributes[][keyword]", "foo", "keywords_attributes[][whole_word]", "false",
                "keywords_attributes[][keyword]", "bar", "keywords_attributes[][whole_word]", "true");
        assertEquals(200, created.statusCode(), created.body());
        JsonNode filter = ApiClient.json(created);
        assertFilterShape(filter);
        assertEquals("test", filter.get("title").asText());
        assertEquals("[\"public\"]", filter.get("context").toString());
        assertEquals("warn", filter.get("filter_action").asText());
        assertTrue(filter.get("expires_at").isNull());
        assertEquals("foo", filter.get("keywords").get(0).get("keyword").asText());
        assertEquals(false, filter.get("keywords").get(0).get("whole_word").asBoolean());
        assertEquals("bar", filter.get("keywords").get(1).get("keyword").asText());
        assertEquals(true, filter.get("keywords").get(1).get("whole_word").asBoolean());
        assertEquals("[]", filter.get("statuses").toString());

        String id = filter.get("id").asText();
        assertEquals(filter, ApiClient.json(fellow.get("/api/v2/filters/" + id)));
        JsonNode all = ApiClient.json(fellow.get("/api/v2/filters/"));
        assertEquals(1, all.size());
        assertEquals(filter, all.get(0));
    }

    @Test
    void a_filter_is_created_from_json_with_an_expiry() {
        ApiClient fellow = ApiClient.fellow(instance, "jsonfilterer", "read write");
        Instant before = Instant.now();
        HttpResponse<String> created = fellow.postJson("/api/v2/filters", Map.of("title", "Spoilers",
                "context", List.of("thread", "home"), "filter_action", "hide", "expires_in", 3600,
                "keywords_attributes", List.of(Map.of("keyword", "ending"),
                        Map.of("keyword", "finale", "whole_word", false))));
        assertEquals(200, created.statusCode(), created.body());
        JsonNode filter = ApiClient.json(created);
        assertFilterShape(filter);
        assertEquals("[\"home\",\"thread\"]", filter.get("context").toString(), "in Mastodon's order");
        assertEquals("hide", filter.get("filter_action").asText());
        Instant expires = Instant.parse(filter.get("expires_at").asText());
        assertTrue(!expires.isBefore(before.plus(Duration.ofMinutes(59))) && expires.isBefore(before.plus(Duration.ofMinutes(61))),
                expires.toString());
        assertEquals(true, filter.get("keywords").get(0).get("whole_word").asBoolean(), "whole_word defaults to true");
        assertEquals(false, filter.get("keywords").get(1).get("whole_word").asBoolean());
    }

    @Test
    void indexed_keyword_attributes_from_multipart_style_forms_work_too() {
        ApiClient fellow = ApiClient.fellow(instance, "indexer", "read write");
        JsonNode filter = ApiClient.json(fellow.postForm("/api/v2/filters", "title", "Indexed", "context[]", "home",
                "keywords_attributes[1][keyword]", "second", "keywords_attributes[0][keyword]", "first",
                "keywords_attributes[0][whole_word]", "0"));
        assertEquals("first", filter.get("keywords").get(0).get("keyword").asText());
        assertEquals(false, filter.get("keywords").get(0).get("whole_word").asBoolean());
        assertEquals("second", filter.get("keywords").get(1).get("keyword").asText());
        assertEquals(true, filter.get("keywords").get(1).get("whole_word").asBoolean());
    }

    @Test
    void a_filter_is_changed_keyword_by_keyword_and_deleted() {
        ApiClient fellow = ApiClient.fellow(instance, "changer", "read write");
        JsonNode filter = ApiClient.json(fellow.postForm("/api/v2/filters", "title", "test", "context[]", "public",
                "expires_in", "600",
                "keywords_attributes[][keyword]", "foo", "keywords_attributes[][whole_word]", "false",
                "keywords_attributes[][keyword]", "bar", "keywords_attributes[][whole_word]", "true"));
        String id = filter.get("id").asText();
        String foo = filter.get("keywords").get(0).get("id").asText();
        String bar = filter.get("keywords").get(1).get("id").asText();

        HttpResponse<String> changed = fellow.putForm("/api/v2/filters/" + id,
                "keywords_attributes[0][id]", foo, "keywords_attributes[0][_destroy]", "true",
                "keywords_attributes[1][id]", bar, "keywords_attributes[1][keyword]", "baz",
                "keywords_attributes[2][keyword]", "qux", "keywords_attributes[2][whole_word]", "false");
        assertEquals(200, changed.statusCode(), changed.body());
        JsonNode after = ApiClient.json(changed);
        assertFilterShape(after);
        assertEquals(2, after.get("keywords").size());
        assertEquals(bar, after.get("keywords").get(0).get("id").asText(), "a changed keyword keeps its id");
        assertEquals("baz", after.get("keywords").get(0).get("keyword").asText());
        assertEquals(true, after.get("keywords").get(0).get("whole_word").asBoolean());
        assertEquals("qux", after.get("keywords").get(1).get("keyword").asText());
        assertEquals("test", after.get("title").asText(), "what was not given stays");
        assertTrue(after.get("expires_at").isTextual());

        JsonNode retitled = ApiClient.json(fellow.putForm("/api/v2/filters/" + id, "title", "Renamed",
                "context[]", "home", "context[]", "notifications", "filter_action", "hide", "expires_in", ""));
        assertEquals("Renamed", retitled.get("title").asText());
        assertEquals("[\"home\",\"notifications\"]", retitled.get("context").toString());
        assertEquals("hide", retitled.get("filter_action").asText());
        assertTrue(retitled.get("expires_at").isNull(), "an empty expires_in means never");
        assertEquals(2, retitled.get("keywords").size());

        HttpResponse<String> deleted = fellow.delete("/api/v2/filters/" + id);
        assertEquals(200, deleted.statusCode());
        assertEquals("{}", deleted.body());
        assertNotFound(fellow.get("/api/v2/filters/" + id));
        assertEquals("[]", fellow.get("/api/v2/filters").body());
    }

    @Test
    void bad_filter_input_gets_mastodons_validation_messages() {
        ApiClient fellow = ApiClient.fellow(instance, "careless", "read write");
        assertRefused(fellow.postForm("/api/v2/filters", "context[]", "home"), "Title can't be blank");
        assertRefused(fellow.postForm("/api/v2/filters", "title", "No context"), "Context can't be blank");
        assertRefused(fellow.postForm("/api/v2/filters", "title", "T", "context[]", "everywhere"),
                "invalid context");
        assertRefused(fellow.postForm("/api/v2/filters", "title", "T", "context[]", "home", "filter_action", "blur"),
                "warn or hide");
        assertRefused(fellow.postForm("/api/v2/filters", "title", "T", "context[]", "home", "expires_in", "soon"),
                "expires_in");
        assertRefused(fellow.postForm("/api/v2/filters", "title", "T", "context[]", "home", "expires_in", "-5"),
                "expires_in");
        assertRefused(fellow.postForm("/api/v2/filters", "title", "T", "context[]", "home",
                "keywords_attributes[][keyword]", " "), "Keyword can't be blank");
        assertRefused(fellow.postForm("/api/v2/filters", "title", "x".repeat(257), "context[]", "home"), "too long");
        assertNotFound(fellow.postForm("/api/v2/filters", "title", "T", "context[]", "home",
                "keywords_attributes[][id]", "12345", "keywords_attributes[][keyword]", "x"));
        assertEquals("[]", fellow.get("/api/v2/filters").body(), "nothing was stored");

        String id = ApiClient.json(fellow.postForm("/api/v2/filters", "title", "T", "context[]", "home"))
                .get("id").asText();
        assertNotFound(fellow.putForm("/api/v2/filters/" + id, "keywords_attributes[][id]", "12345",
                "keywords_attributes[][_destroy]", "1"));
        assertRefused(fellow.putForm("/api/v2/filters/" + id, "context[]", "nowhere"), "invalid context");
        assertNotFound(fellow.get("/api/v2/filters/987654321"));
        assertNotFound(fellow.get("/api/v2/filters/abc"));
        assertNotFound(fellow.putForm("/api/v2/filters/987654321", "title", "x"));
        assertNotFound(fellow.delete("/api/v2/filters/987654321"));
        String response = RawHttp.postDeclaringLength(instance.port(), "/api/v2/filters",
                "application/json", 3L * 1024 * 1024);
        assertEquals(413, RawHttp.status(response), response);
    }

    @Test
    void filters_are_private_to_their_owner() {
        ApiClient owner = ApiClient.fellow(instance, "filterowner", "read write");
        ApiClient other = ApiClient.fellow(instance, "filtersnoop", "read write");
        String id = ApiClient.json(owner.postForm("/api/v2/filters", "title", "Mine", "context[]", "home"))
                .get("id").asText();
        assertNotFound(other.get("/api/v2/filters/" + id));
        assertNotFound(other.putForm("/api/v2/filters/" + id, "title", "Ours"));
        assertNotFound(other.delete("/api/v2/filters/" + id));
        assertEquals("[]", other.get("/api/v2/filters").body());
        assertEquals("Mine", ApiClient.json(owner.get("/api/v2/filters/" + id)).get("title").asText());
    }

    @Test
    void scopes_are_read_filters_and_write_filters() {
        ApiClient reader = ApiClient.fellow(instance, "filterreader", "read:filters");
        assertEquals(200, reader.get("/api/v2/filters").statusCode());
        assertEquals(403, reader.postForm("/api/v2/filters", "title", "T", "context[]", "home").statusCode());
        ApiClient writer = ApiClient.fellow(instance, "filterwriter", "write:filters");
        HttpResponse<String> created = writer.postForm("/api/v2/filters", "title", "T", "context[]", "home");
        assertEquals(200, created.statusCode());
        String id = ApiClient.json(created).get("id").asText();
        assertEquals(403, writer.get("/api/v2/filters").statusCode());
        assertEquals(403, writer.get("/api/v2/filters/" + id).statusCode());
        assertEquals(200, writer.delete("/api/v2/filters/" + id).statusCode());
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v2/filters").statusCode());
    }
}
