package org.bureaucrathackers.fellowship.media.s3;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.bureaucrathackers.fellowship.config.ConfigException;
import org.bureaucrathackers.fellowship.config.MediaSettings;
import org.bureaucrathackers.fellowship.media.FolderMediaStorage;
import org.bureaucrathackers.fellowship.media.MediaStorageException;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.S3Peer;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Media in an S3-compatible bucket: a real S3 server (s3rver, behind a front that checks every AWS Signature
 * V4) takes what the instance uploads, gives it back, and refuses a wrong secret.
 */
class S3MediaStorageTest {

    private static final String BUCKET = "fellowship-media";
    private static S3Peer peer;
    private static TestInstance instance;
    private static ApiClient alice;
    /** Reads the bucket directly, with signed requests of its own. */
    private static S3MediaStorage bucket;

    @BeforeAll
    static void start() {
        assumeTrue(S3Peer.installed(), "run npm ci --prefix src/test/s3-peer first");
        peer = S3Peer.start(BUCKET);
        instance = TestInstance.startWith(settings -> settings.withMedia(peer.media()));
        alice = ApiClient.fellow(instance, "alice", "read write");
        bucket = new S3MediaStorage(peer.settings(S3Peer.SECRET_KEY), "http://unused.example", Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        if (instance != null) {
            instance.close();
        }
        if (peer != null) {
            peer.close();
        }
    }

    private static String key(String url) {
        String prefix = instance.base() + FolderMediaStorage.PATH_PREFIX;
        assertTrue(url.startsWith(prefix), url);
        return url.substring(prefix.length());
    }

    @Test
    void an_upload_lands_in_the_bucket_and_its_url_serves_the_exact_bytes() {
        HttpResponse<String> response = alice.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "form.jpg", "image/jpeg", TestImages.jpegWithExif(800, 600, 1))
                .field("description", "The form"));
        assertEquals(200, response.statusCode(), response.body() + "\n" + peer.log());
        JsonNode media = ApiClient.json(response);

        byte[] inBucket = bucket.read(key(media.get("url").asText())).orElseThrow();
        assertFalse(TestImages.contains(inBucket, "Exif".getBytes(StandardCharsets.US_ASCII)), "stored re-encoded");
        HttpResponse<byte[]> served = ApiClient.download(media.get("url").asText());
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(inBucket, served.body());
        assertEquals(800, TestImages.decode(served.body()).getWidth());

        byte[] preview = bucket.read(key(media.get("preview_url").asText())).orElseThrow();
        assertArrayEquals(preview, ApiClient.download(media.get("preview_url").asText()).body());
    }

    @Test
    void deleting_an_upload_removes_its_objects() {
        JsonNode media = ApiClient.json(alice.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "rule.pdf", "application/pdf", TestImages.pdf())));
        String key = key(media.get("url").asText());
        assertTrue(bucket.read(key).isPresent());

        HttpResponse<String> deleted = alice.delete("/api/v1/media/" + media.get("id").asText());
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertTrue(bucket.read(key).isEmpty(), "the object is gone from the bucket");
        assertEquals(404, ApiClient.download(media.get("url").asText()).statusCode());
    }

    @Test
    void a_wrong_secret_stops_the_start_with_a_clear_message_that_does_not_show_it() {
        String wrong = "not-the-secret-" + System.nanoTime();
        ConfigException refused = assertThrows(ConfigException.class, () -> TestInstance.startWith(settings ->
                settings.withMedia(new MediaSettings(MediaSettings.Storage.S3, peer.settings(wrong)))));
        assertTrue(refused.getMessage().contains("refused our signature"), refused.getMessage());
        assertTrue(refused.getMessage().contains("media-s3-secret-key"), refused.getMessage());
        assertFalse(refused.getMessage().contains(wrong), "the secret is never shown");
        assertFalse(peer.settings(wrong).toString().contains(wrong), "nor printed with the settings");
    }

    @Test
    void a_wrong_secret_on_upload_is_refused_by_the_store_with_its_reason() {
        S3MediaStorage wrong = new S3MediaStorage(peer.settings("wrong"), "http://unused.example", Clock.systemUTC());
        MediaStorageException refused = assertThrows(MediaStorageException.class,
                () -> wrong.put("1-0123456789abcdef0123456789abcdef/original.pdf", TestImages.pdf(), "application/pdf"));
        assertTrue(refused.publicMessage().contains("HTTP 403 SignatureDoesNotMatch"), refused.publicMessage());
    }

    @Test
    void an_unreachable_store_answers_uploads_with_a_502_and_a_message() {
        S3Peer gone = S3Peer.start("short-lived");
        try (TestInstance stranded = TestInstance.startWith(settings -> settings.withMedia(gone.media()))) {
            ApiClient bob = ApiClient.fellow(stranded, "bob", "read write");
            gone.close();
            HttpResponse<String> response = bob.sendMultipart("POST", "/api/v2/media", new Multipart()
                    .file("file", "rule.pdf", "application/pdf", TestImages.pdf()));
            assertEquals(502, response.statusCode(), response.body());
            assertEquals("the media storage is not available", ApiClient.json(response).get("error").asText());
        } finally {
            gone.close();
        }
    }

    @Test
    void a_public_url_is_where_clients_fetch_files() {
        MediaSettings.S3 cdn = new MediaSettings.S3(peer.endpoint(), BUCKET, "us-east-1", S3Peer.ACCESS_KEY,
                S3Peer.SECRET_KEY, "https://cdn.ministry.example/media", true);
        assertEquals("https://cdn.ministry.example/media/1-ab/original.jpg",
                new S3MediaStorage(cdn, "http://localhost", Clock.systemUTC()).url("1-ab/original.jpg"));
    }
}
