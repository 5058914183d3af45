package org.bureaucrathackers.fellowship.mastodon.api.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Uploads over real HTTP: checks by content, re-encoding without metadata, previews, serving, and refusals. */
class MediaApiTest {

    private static final TestInstance instance = TestInstance.start();
    private static final ApiClient alice = ApiClient.fellow(instance, "alice", "read write");
    private static final ApiClient bob = ApiClient.fellow(instance, "bob", "read write");

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static HttpResponse<String> upload(ApiClient client, String version, Multipart body) {
        return client.sendMultipart("POST", "/api/" + version + "/media", body);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.body());
        return ApiClient.json(response);
    }

    private static void refused(HttpResponse<String> response, int status, String field, String words) {
        assertEquals(status, response.statusCode(), response.body());
        JsonNode json = ApiClient.json(response);
        assertTrue(json.get("error").asText().contains(words), json.toString());
        if (field != null) {
            assertEquals(field, json.get("field").asText(), json.toString());
        }
    }

    @Test
    void a_photo_is_stored_without_its_exif_and_gps_with_a_preview_and_a_blurhash() {
        byte[] photo = TestImages.jpegWithExif(1600, 1200, 1);
        assertTrue(TestImages.hasApp1(photo) && TestImages.contains(photo, "Exif".getBytes(StandardCharsets.US_ASCII)),
                "the upload carries EXIF");
        JsonNode media = ok(upload(alice, "v2", new Multipart().file("file", "IMG_0001.jpg", "image/jpeg", photo)
                .field("description", "The form, before").field("focus", "0.5,-0.25")));

        assertEquals("image", media.get("type").asText());
        assertEquals("The form, before", media.get("description").asText());
        assertTrue(media.get("remote_url").isNull());
        assertEquals(28, media.get("blurhash").asText().length(), media.toString());
        assertEquals(1600, media.at("/meta/original/width").asInt());
        assertEquals(1200, media.at("/meta/original/height").asInt());
        assertEquals("640x480", media.at("/meta/small/size").asText());
        assertEquals(0.5, media.at("/meta/focus/x").asDouble());
        assertEquals(-0.25, media.at("/meta/focus/y").asDouble());

        HttpResponse<byte[]> served = ApiClient.download(media.get("url").asText());
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
        assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
        byte[] stored = served.body();
        assertFalse(TestImages.hasApp1(stored), "no APP1 segment (EXIF, XMP) is left");
        assertFalse(TestImages.contains(stored, "Exif".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TestImages.contains(stored, TestImages.EXIF_PLACE.getBytes(StandardCharsets.US_ASCII)));
        assertEquals(1600, TestImages.decode(stored).getWidth());

        BufferedImage preview = TestImages.decode(ApiClient.download(media.get("preview_url").asText()).body());
        assertEquals(640, preview.getWidth());
        assertEquals(480, preview.getHeight());
    }

    @Test
    void a_photo_taken_sideways_is_stored_upright() {
        JsonNode media = ok(upload(alice, "v1", new Multipart()
                .file("file", "sideways.jpg", "image/jpeg", TestImages.jpegWithExif(400, 200, 6))));
        BufferedImage stored = TestImages.decode(ApiClient.download(media.get("url").asText()).body());
        assertEquals(200, stored.getWidth());
        assertEquals(400, stored.getHeight());
        int top = stored.getRGB(100, 20);
        assertTrue(((top >> 16) & 0xff) > 200 && (top & 0xff) < 60, "the red left half is now on top");
    }

    @Test
    void a_transparent_png_stays_a_png_with_its_transparency() {
        JsonNode media = ok(upload(alice, "v2", new Multipart()
                .file("file", "diagram.png", "image/png", TestImages.transparentPng(300, 100))));
        HttpResponse<byte[]> served = ApiClient.download(media.get("url").asText());
        assertEquals("image/png", served.headers().firstValue("Content-Type").orElse(""));
        BufferedImage stored = TestImages.decode(served.body());
        assertEquals(0, stored.getRGB(10, 10) >>> 24, "the left half is still transparent");
    }

    @Test
    void a_pdf_is_kept_as_a_document_and_served_as_a_download() {
        JsonNode media = ok(upload(alice, "v2", new Multipart().file("file", "rule.bin", "application/octet-stream",
                TestImages.pdf()).field("description", "The rule we worked around")));
        assertEquals("unknown", media.get("type").asText());
        assertTrue(media.get("preview_url").isNull());
        assertTrue(media.get("blurhash").isNull());
        HttpResponse<byte[]> served = ApiClient.download(media.get("url").asText());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse(""));
        assertTrue(served.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals(new String(TestImages.pdf(), StandardCharsets.US_ASCII),
                new String(served.body(), StandardCharsets.US_ASCII));
    }

    @Test
    void types_are_told_by_content_not_by_name_or_declared_type() {
        refused(upload(alice, "v2", new Multipart().file("file", "photo.jpg", "image/jpeg",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))), 422, "file",
                "unsupported file type");
        refused(upload(alice, "v2", new Multipart().file("file", "photo.jpg", "image/jpeg", TestImages.webp())),
                422, "file", "WebP");
        byte[] brokenJpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x01, 0x02};
        refused(upload(alice, "v2", new Multipart().file("file", "x.jpg", "image/jpeg", brokenJpeg)), 422, "file",
                "could not be decoded");
        refused(upload(alice, "v2", new Multipart().file("file", "empty.png", "image/png", new byte[0])), 422,
                "file", "empty");
    }

    @Test
    void sizes_are_checked_from_the_header_before_decoding_and_files_are_bounded() {
        refused(upload(alice, "v2", new Multipart().file("file", "bomb.png", "image/png",
                TestImages.pngClaiming(10_000, 5_000))), 422, "file", "megapixels");
        byte[] big = new byte[16 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.transparentPng(2, 2), 0, big, 0, 8);
        refused(upload(alice, "v2", new Multipart().file("file", "big.png", "image/png", big)), 422, "file",
                "at most 16 MB");
    }

    @Test
    void bad_fields_and_missing_files_get_a_message() {
        byte[] png = TestImages.transparentPng(20, 20);
        refused(upload(alice, "v2", new Multipart().field("description", "no file")), 422, "file", "required");
        refused(upload(alice, "v2", new Multipart().file("file", "a.png", "image/png", png)
                .field("description", "x".repeat(1501))), 422, "description", "1500");
        refused(upload(alice, "v2", new Multipart().file("file", "a.png", "image/png", png)
                .field("focus", "2,0")), 422, "focus", "-1 to 1");
        refused(upload(alice, "v2", new Multipart().file("file", "a.png", "image/png", png)
                .field("focus", "left")), 422, "focus", "two numbers");
        refused(alice.postJson("/api/v2/media", java.util.Map.of("file", "x")), 415, null, "multipart");
    }

    @Test
    void a_broken_multipart_body_is_a_client_error() {
        HttpResponse<String> response = instance.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(instance.url("/api/v2/media")))
                .header("Authorization", "Bearer " + alice.token())
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-da"))
                .build());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(ApiClient.json(response).get("error").asText().contains("multipart"), response.body());
    }

    @Test
    void uploading_needs_a_token_with_the_media_scope() {
        Multipart body = new Multipart().file("file", "a.png", "image/png", TestImages.transparentPng(4, 4));
        assertEquals(401, upload(ApiClient.anonymous(instance), "v2", body).statusCode());
        ApiClient reader = new ApiClient(instance, instance.tokens().issue(
                instance.fellows().findLocal("alice").orElseThrow(), "read").secret());
        assertEquals(403, upload(reader, "v2", body).statusCode());
        ApiClient mediaOnly = new ApiClient(instance, instance.tokens().issue(
                instance.fellows().findLocal("alice").orElseThrow(), "write:media").secret());
        ok(upload(mediaOnly, "v2", body));
    }

    @Test
    void an_upload_is_shown_described_and_deleted_by_its_owner_only() {
        JsonNode media = ok(upload(alice, "v2", new Multipart()
                .file("file", "a.png", "image/png", TestImages.transparentPng(40, 20))));
        String path = "/api/v1/media/" + media.get("id").asText();
        assertEquals(media.get("url"), ok(alice.get(path)).get("url"));
        assertEquals(404, bob.get(path).statusCode());
        assertEquals(404, bob.putForm(path, "description", "mine now").statusCode());
        assertEquals(404, alice.get("/api/v1/media/not-a-number").statusCode());

        JsonNode described = ok(alice.putForm(path, "description", "A diagram of the old process", "focus", "0,1"));
        assertEquals("A diagram of the old process", described.get("description").asText());
        assertEquals(1.0, described.at("/meta/focus/y").asDouble());
        refused(alice.putForm(path, "focus", "0,9"), 422, "focus", "-1 to 1");

        assertEquals(404, bob.delete(path).statusCode());
        ok(alice.delete(path));
        assertEquals(404, alice.get(path).statusCode());
        assertEquals(404, ApiClient.download(media.get("url").asText()).statusCode());
    }

    @Test
    void served_paths_that_name_no_file_are_not_found() {
        assertEquals(404, ApiClient.download(instance.url("/media/1-00000000000000000000000000000000/original.jpg"))
                .statusCode());
        assertEquals(404, ApiClient.download(instance.url("/media/..%2F..%2Fetc/passwd")).statusCode());
        assertEquals(404, ApiClient.download(instance.url("/media/1/original.exe")).statusCode());
    }

    @Test
    void the_instance_tells_apps_what_uploads_take() {
        JsonNode limits = ok(alice.get("/api/v2/instance")).at("/configuration/media_attachments");
        assertEquals(16 * 1024 * 1024, limits.get("image_size_limit").asInt());
        assertTrue(limits.get("supported_mime_types").toString().contains("application/pdf"));
        assertEquals(1500, limits.get("description_limit").asInt());
    }
}
