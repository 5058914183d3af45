package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.bureaucrathackers.fellowship.testing.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Media across two real instances: alice on {@code a} posts a photo (with EXIF and GPS) and a PDF with alt
 * texts; bob on {@code b} sees both with their alt text, the photo with its BlurHash and size, as links to
 * {@code a}; and the photo {@code a} serves has no EXIF or GPS left. {@code b} runs with the remote media cache
 * off, so what it shows is {@code a}'s own (RemoteMediaCacheFederationTest covers the copies).
 */
class MediaFederationTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = withoutRemoteMediaCache(network);
    private final Account alice = a.createFellow("alice");
    private final Account bob = b.createFellow("bob");
    private final ApiClient aliceApp = ApiClient.of(a, alice, "read write follow");
    private final ApiClient bobApp = ApiClient.of(b, bob, "read write follow");

    private static TestInstance withoutRemoteMediaCache(Network network) {
        TestInstance instance = TestInstance.startWith(settings -> settings.withMedia(settings.media()
                .withRemoteCache(false, settings.media().remoteCacheMaxBytes())));
        network.instances.add(instance);
        return instance;
    }

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void media_posted_on_a_are_seen_on_b_with_alt_text_and_exif_is_gone_from_the_served_file() {
        Account aliceOnB = network.follow(b, bob, a, "alice");

        JsonNode photo = ok(aliceApp.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "DSC_0042.jpg", "image/jpeg", TestImages.jpegWithExif(800, 600, 1))
                .field("description", "The counter where permits used to queue").field("focus", "-0.5,0.5")));
        JsonNode pdf = ok(aliceApp.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "rule.pdf", "application/pdf", TestImages.pdf())
                .field("description", "Regulation 12, as amended")));
        String uri = ok(aliceApp.postJson("/api/v1/statuses", Map.of("status", "How we cut the queue",
                "media_ids", List.of(photo.get("id").asText(), pdf.get("id").asText())))).get("uri").asText();

        network.until("the post reaches b", () -> status(b, uri).isPresent());
        JsonNode seen = ok(bobApp.get("/api/v1/statuses/" + status(b, uri).orElseThrow().id()))
                .get("media_attachments");
        assertEquals(2, seen.size(), seen.toString());
        JsonNode image = seen.get(0);
        assertEquals("image", image.get("type").asText());
        assertEquals("The counter where permits used to queue", image.get("description").asText());
        assertEquals(photo.get("blurhash").asText(), image.get("blurhash").asText());
        assertEquals(photo.get("url").asText(), image.get("remote_url").asText(), "shown as a link to a");
        assertEquals(photo.get("url").asText(), image.get("url").asText());
        assertEquals(800, image.at("/meta/original/width").asInt());
        assertEquals(-0.5, image.at("/meta/focus/x").asDouble());
        JsonNode document = seen.get(1);
        assertEquals("unknown", document.get("type").asText());
        assertEquals("Regulation 12, as amended", document.get("description").asText());
        assertEquals(pdf.get("url").asText(), document.get("remote_url").asText());

        byte[] served = ApiClient.download(image.get("remote_url").asText()).body();
        assertEquals(800, TestImages.decode(served).getWidth());
        assertFalse(TestImages.hasApp1(served), "no APP1 (EXIF) segment");
        assertFalse(TestImages.contains(served, "Exif".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TestImages.contains(served, TestImages.EXIF_PLACE.getBytes(StandardCharsets.US_ASCII)));
        assertTrue(TestImages.contains(TestImages.jpegWithExif(800, 600, 1),
                TestImages.EXIF_PLACE.getBytes(StandardCharsets.US_ASCII)), "the check can see EXIF when it is there");
    }

    @Test
    void a_new_avatar_and_header_reach_followers_on_another_instance() {
        Account aliceOnB = network.follow(b, bob, a, "alice");

        JsonNode updated = ok(aliceApp.sendMultipart("PATCH", "/api/v1/accounts/update_credentials", new Multipart()
                .file("avatar", "me.jpg", "image/jpeg", TestImages.jpegWithExif(300, 300, 1))
                .file("header", "banner.png", "image/png", TestImages.transparentPng(900, 300))));
        String avatar = updated.get("avatar").asText();
        String header = updated.get("header").asText();
        assertTrue(avatar.startsWith(a.base() + "/media/"), avatar);

        String path = "/api/v1/accounts/" + aliceOnB.id();
        network.until("b shows alice's new avatar", () -> avatar.equals(ok(bobApp.get(path)).get("avatar").asText()));
        assertEquals(header, ok(bobApp.get(path)).get("header").asText());
    }
}
