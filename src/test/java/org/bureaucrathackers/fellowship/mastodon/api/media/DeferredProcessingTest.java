package org.bureaucrathackers.fellowship.mastodon.api.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Mastodon's asynchronous uploads over real HTTP: v2 answers 202 for a large image and processes it in the
 * background, show answers 206 until it is done, a status cannot take it before; v1 and small images answer 200.
 */
class DeferredProcessingTest {

    /** 20 megapixels: above what is processed during the request. */
    static final byte[] LARGE = TestImages.jpegWithExif(5000, 4000, 1);
    private static final TestInstance instance = TestInstance.start();
    private static final ApiClient alice = ApiClient.fellow(instance, "alice", "read write");

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static HttpResponse<String> upload(String version, byte[] image) {
        return alice.sendMultipart("POST", "/api/" + version + "/media", new Multipart()
                .file("file", "scan.jpg", "image/jpeg", image).field("description", "The whole rule, scanned"));
    }

    @Test
    void v2_answers_202_for_a_large_image_and_show_answers_206_until_it_is_processed() {
        // Three in a row: one background thread takes them in turn, so the last still waits after the answers.
        List<JsonNode> uploads = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> response = upload("v2", LARGE);
            assertEquals(202, response.statusCode(), response.body());
            JsonNode media = ApiClient.json(response);
            assertTrue(media.get("url").isNull(), media.toString());
            assertTrue(media.get("preview_url").isNull(), media.toString());
            assertEquals("image", media.get("type").asText());
            assertEquals("The whole rule, scanned", media.get("description").asText());
            uploads.add(media);
        }
        String id = uploads.get(2).get("id").asText();
        HttpResponse<String> waiting = alice.get("/api/v1/media/" + id);
        assertEquals(206, waiting.statusCode(), waiting.body());
        assertTrue(ApiClient.json(waiting).get("url").isNull());

        HttpResponse<String> early = alice.postJson("/api/v1/statuses",
                Map.of("status", "The rule as scanned", "media_ids", List.of(id)));
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(ApiClient.json(early).get("error").asText().contains("processing"), early.body());

        Await.until("the upload is processed", () -> alice.get("/api/v1/media/" + id).statusCode() == 200,
                Duration.ofSeconds(90));
        JsonNode ready = ApiClient.json(alice.get("/api/v1/media/" + id));
        assertEquals(28, ready.get("blurhash").asText().length(), ready.toString());
        byte[] stored = ApiClient.download(ready.get("url").asText()).body();
        assertFalse(TestImages.contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII)), "re-encoded");
        BufferedImage image = TestImages.decode(stored);
        assertTrue(image.getWidth() < 5000 && (long) image.getWidth() * image.getHeight() <= 3840L * 2160L,
                image.getWidth() + "x" + image.getHeight());
        assertEquals(200, ApiClient.download(ready.get("preview_url").asText()).statusCode());

        HttpResponse<String> posted = alice.postJson("/api/v1/statuses",
                Map.of("status", "The rule as scanned", "media_ids", List.of(id)));
        assertEquals(200, posted.statusCode(), posted.body());
        assertEquals(ready.get("url").asText(), ApiClient.json(posted).at("/media_attachments/0/url").asText());
    }

    @Test
    void v1_processes_a_large_image_before_it_answers() {
        HttpResponse<String> response = upload("v1", LARGE);
        assertEquals(200, response.statusCode(), response.body());
        JsonNode media = ApiClient.json(response);
        assertEquals(200, ApiClient.download(media.get("url").asText()).statusCode());
        assertEquals(200, alice.get("/api/v1/media/" + media.get("id").asText()).statusCode());
    }

    @Test
    void v2_answers_200_with_the_url_for_a_small_image() {
        HttpResponse<String> response = upload("v2", TestImages.jpegWithExif(800, 600, 1));
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(200, ApiClient.download(ApiClient.json(response).get("url").asText()).statusCode());
    }
}
