package org.bureaucrathackers.fellowship.mastodon.api.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.JsonShape;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Read markers, as Elk (JSON) and Mastodon.py (JSON with numbers, timeline[] query) use them. */
class MarkersApiTest {

    private static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void a_fellow_without_markers_gets_an_empty_object() {
        ApiClient fellow = ApiClient.fellow(instance, "unmarked", "read write");
        HttpResponse<String> response = fellow.get("/api/v1/markers?timeline[]=home&timeline[]=notifications");
        assertEquals(200, response.statusCode());
        assertEquals("{}", response.body());
    }

    @Test
    void markers_are_saved_read_back_and_count_their_versions() {
        ApiClient fellow = ApiClient.fellow(instance, "reader", "read write");
        HttpResponse<String> saved = fellow.postJson("/api/v1/markers",
                Map.of("home", Map.of("last_read_id", 1234), "notifications", Map.of("last_read_id", "99")));
        assertEquals(200, saved.statusCode(), saved.body());
        JsonNode json = ApiClient.json(saved);
        JsonShape.of(json).digits("home.last_read_id", "notifications.last_read_id")
                .integer("home.version", "notifications.version")
                .datetime("home.updated_at", "notifications.updated_at");
        assertEquals("1234", json.get("home").get("last_read_id").asText());
        assertEquals(0, json.get("home").get("version").asInt());

        JsonNode moved = ApiClient.json(fellow.postForm("/api/v1/markers/", "home[last_read_id]", "1300"));
        assertEquals("1300", moved.get("home").get("last_read_id").asText());
        assertEquals(1, moved.get("home").get("version").asInt());
        assertTrue(!moved.has("notifications"), "only what was saved comes back");
        JsonNode same = ApiClient.json(fellow.postForm("/api/v1/markers", "home[last_read_id]", "1300"));
        assertEquals(1, same.get("home").get("version").asInt(), "the same position is no change");

        JsonNode both = ApiClient.json(fellow.get("/api/v1/markers?timeline[]=home&timeline[]=notifications"));
        assertEquals("1300", both.get("home").get("last_read_id").asText());
        assertEquals("99", both.get("notifications").get("last_read_id").asText());
        JsonNode one = ApiClient.json(fellow.get("/api/v1/markers?timeline[]=notifications&timeline[]=bogus"));
        assertEquals(1, one.size());
        assertEquals("99", one.get("notifications").get("last_read_id").asText());
        assertEquals("{}", fellow.get("/api/v1/markers").body(), "no timeline asked, none given");
    }

    @Test
    void markers_are_private_to_each_fellow() {
        ApiClient ada = ApiClient.fellow(instance, "marker_ada", "read write");
        ApiClient bob = ApiClient.fellow(instance, "marker_bob", "read write");
        ada.postForm("/api/v1/markers", "home[last_read_id]", "5");
        assertEquals("{}", bob.get("/api/v1/markers?timeline[]=home").body());
    }

    @Test
    void scopes_are_read_and_write_statuses() {
        ApiClient reader = ApiClient.fellow(instance, "marker_reader", "read:statuses");
        assertEquals(200, reader.get("/api/v1/markers?timeline[]=home").statusCode());
        HttpResponse<String> refused = reader.postForm("/api/v1/markers", "home[last_read_id]", "5");
        assertEquals(403, refused.statusCode());
        assertTrue(ApiClient.json(refused).has("error"));
        ApiClient writer = ApiClient.fellow(instance, "marker_writer", "write:statuses");
        assertEquals(200, writer.postForm("/api/v1/markers", "home[last_read_id]", "5").statusCode());
        assertEquals(403, writer.get("/api/v1/markers?timeline[]=home").statusCode());
        assertEquals(401, ApiClient.anonymous(instance).get("/api/v1/markers?timeline[]=home").statusCode());
    }

    @Test
    void a_marker_that_is_not_an_id_is_refused_with_422() {
        ApiClient fellow = ApiClient.fellow(instance, "marker_typo", "read write");
        HttpResponse<String> response = fellow.postForm("/api/v1/markers", "home[last_read_id]", "latest");
        assertEquals(422, response.statusCode());
        assertTrue(ApiClient.json(response).get("error").asText().contains("home[last_read_id]"));
        HttpResponse<String> broken = fellow.postJson("/api/v1/markers", "{\"home\": ");
        assertEquals(400, broken.statusCode());
        assertTrue(ApiClient.json(broken).has("error"));
    }
}
