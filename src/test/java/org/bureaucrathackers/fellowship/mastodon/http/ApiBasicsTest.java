package org.bureaucrathackers.fellowship.mastodon.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.mastodon.entities.DefaultImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every API client relies on before any endpoint: CORS for browsers and real default images. */
class ApiBasicsTest {

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
    void browser_preflights_to_the_api_are_allowed_from_any_origin() {
        HttpResponse<String> response = instance.send(HttpRequest.newBuilder(URI.create(instance.url("/api/v1/statuses")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://phanpy.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, idempotency-key").build());
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
        assertEquals("authorization, content-type, idempotency-key",
                response.headers().firstValue("Access-Control-Allow-Headers").orElse(""));
    }

    @Test
    void api_answers_carry_cors_headers_and_expose_the_link_header() {
        HttpResponse<String> response = instance.get("/.well-known/nodeinfo", "Origin", "https://elk.example");
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Expose-Headers").orElse("").contains("Link"));
    }

    @Test
    void unknown_api_paths_answer_json_errors() {
        HttpResponse<String> response = instance.get("/api/v1/no-such-thing");
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(response.body().contains("\"error\""));
    }

    @Test
    void default_avatar_and_header_are_real_png_images() throws Exception {
        for (String path : new String[] {DefaultImages.AVATAR_PATH, DefaultImages.HEADER_PATH}) {
            HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(instance.url(path))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, response.statusCode());
            assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(response.body())).getWidth() > 0);
        }
    }
}
