package org.bureaucrathackers.fellowship.mastodon.api.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code media_ids} on statuses: only one's own free uploads, at most four, shown as media_attachments. */
class StatusMediaTest {

    private static final TestInstance instance = TestInstance.start();
    private static final ApiClient alice = ApiClient.fellow(instance, "alice", "read write");
    private static final ApiClient bob = ApiClient.fellow(instance, "bob", "read write");

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    private static String upload(ApiClient client, String description) {
        return ok(client.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "scan.png", "image/png", TestImages.transparentPng(64, 32))
                .field("description", description))).get("id").asText();
    }

    private static void refused(HttpResponse<String> response, String words) {
        assertEquals(422, response.statusCode(), response.body());
        assertTrue(ApiClient.json(response).get("error").asText().contains(words), response.body());
    }

    @Test
    void a_post_with_media_and_no_text_shows_them_in_order_with_their_alt_text() {
        String first = upload(alice, "The old form");
        String second = upload(alice, "The new form");
        JsonNode status = ok(alice.postJson("/api/v1/statuses", Map.of("media_ids", List.of(first, second))));
        JsonNode media = status.get("media_attachments");
        assertEquals(2, media.size());
        assertEquals(first, media.get(0).get("id").asText());
        assertEquals("The old form", media.get(0).get("description").asText());
        assertEquals("The new form", media.get(1).get("description").asText());
        assertEquals("image", media.get(1).get("type").asText());
        assertTrue(media.get(0).get("blurhash").isTextual());
        assertEquals(media, ok(bob.get("/api/v1/statuses/" + status.get("id").asText())).get("media_attachments"));

        refused(alice.putForm("/api/v1/media/" + first, "description", "changed"), "published with a post");
        refused(alice.postJson("/api/v1/statuses", Map.of("status", "again", "media_ids", List.of(first))),
                "already published");
    }

    @Test
    void form_encoded_media_ids_work_as_toot_and_python_clients_send_them() {
        String id = upload(alice, "A slide");
        JsonNode status = ok(alice.postForm("/api/v1/statuses", "status", "See the slide", "media_ids[]", id));
        assertEquals(id, status.get("media_attachments").get(0).get("id").asText());
    }

    @Test
    void someone_elses_unknown_or_too_many_media_are_refused() {
        String bobs = upload(bob, "Bob's");
        refused(alice.postJson("/api/v1/statuses", Map.of("status", "hi", "media_ids", List.of(bobs))), "not found");
        refused(alice.postJson("/api/v1/statuses", Map.of("status", "hi", "media_ids", List.of("123"))), "not found");
        refused(alice.postJson("/api/v1/statuses", Map.of("status", "hi", "media_ids", List.of("x"))), "not found");
        List<String> five = List.of(upload(alice, "1"), upload(alice, "2"), upload(alice, "3"), upload(alice, "4"),
                upload(alice, "5"));
        refused(alice.postJson("/api/v1/statuses", Map.of("status", "hi", "media_ids", five)), "at most 4");
        refused(alice.postJson("/api/v1/statuses", Map.of("status", " ")), "blank");
        // Nothing was taken by the refused posts.
        ok(alice.postJson("/api/v1/statuses", Map.of("status", "four", "media_ids", five.subList(0, 4))));
    }

    @Test
    void an_edit_replaces_the_media_with_the_ones_it_names() {
        String first = upload(alice, "first");
        String second = upload(alice, "second");
        String id = ok(alice.postJson("/api/v1/statuses", Map.of("status", "v1", "media_ids", List.of(first))))
                .get("id").asText();
        JsonNode edited = ok(alice.putForm("/api/v1/statuses/" + id, "status", "v2", "media_ids[]", second,
                "media_ids[]", first));
        assertEquals(second, edited.get("media_attachments").get(0).get("id").asText());
        assertEquals(first, edited.get("media_attachments").get(1).get("id").asText());
        JsonNode without = ok(alice.putForm("/api/v1/statuses/" + id, "status", "v3"));
        assertEquals(0, without.get("media_attachments").size());
    }
}
