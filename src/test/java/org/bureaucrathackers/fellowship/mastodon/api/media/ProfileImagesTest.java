package org.bureaucrathackers.fellowship.mastodon.api.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Avatars and headers through update_credentials: re-encoded without metadata, bounded, on the actor. */
class ProfileImagesTest {

    private static final TestInstance instance = TestInstance.start();
    private static final ApiClient alice = ApiClient.fellow(instance, "alice", "read write");

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static HttpResponse<String> update(Multipart body) {
        return alice.sendMultipart("PATCH", "/api/v1/accounts/update_credentials", body);
    }

    @Test
    void a_new_avatar_and_header_are_served_without_exif_within_their_sizes_and_on_the_actor() {
        JsonNode before = ApiClient.json(alice.get("/api/v1/accounts/verify_credentials"));
        HttpResponse<String> response = update(new Multipart()
                .file("avatar", "me.jpg", "image/jpeg", TestImages.jpegWithExif(1000, 800, 1))
                .file("header", "banner.png", "image/png", TestImages.transparentPng(3000, 600))
                .field("display_name", "Alice A."));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode account = ApiClient.json(response);
        assertEquals("Alice A.", account.get("display_name").asText());
        assertNotEquals(before.get("avatar").asText(), account.get("avatar").asText());

        byte[] avatar = ApiClient.download(account.get("avatar").asText()).body();
        assertFalse(TestImages.hasApp1(avatar));
        assertFalse(TestImages.contains(avatar, TestImages.EXIF_PLACE.getBytes(StandardCharsets.US_ASCII)));
        BufferedImage avatarImage = TestImages.decode(avatar);
        assertEquals(400, avatarImage.getWidth());
        assertEquals(320, avatarImage.getHeight());
        BufferedImage header = TestImages.decode(ApiClient.download(account.get("header").asText()).body());
        assertEquals(1500, header.getWidth());
        assertEquals(300, header.getHeight());

        HttpResponse<String> actor = instance.send(HttpRequest.newBuilder(URI.create(instance.url("/users/alice")))
                .header("Accept", "application/activity+json").GET().build());
        JsonNode person = ApiClient.json(actor);
        assertEquals(account.get("avatar").asText(), person.at("/icon/url").asText());
        assertEquals("image/jpeg", person.at("/icon/mediaType").asText());
        assertEquals(account.get("header").asText(), person.at("/image/url").asText());
        assertEquals("image/png", person.at("/image/mediaType").asText());
    }

    @Test
    void profile_images_are_checked_like_uploads() {
        assertRefused(update(new Multipart().file("avatar", "cv.pdf", "application/pdf", TestImages.pdf())),
                "avatar", "JPEG, PNG or GIF");
        assertRefused(update(new Multipart().file("header", "h.png", "image/png", TestImages.pngClaiming(9000, 9000))),
                "header", "megapixels");
        byte[] big = new byte[2 * 1024 * 1024 + 1];
        System.arraycopy(TestImages.transparentPng(2, 2), 0, big, 0, 8);
        assertRefused(update(new Multipart().file("avatar", "big.png", "image/png", big)), "avatar", "2 MB");
        assertRefused(alice.patchForm("/api/v1/accounts/update_credentials", "avatar", "https://example.com/a.png"),
                "avatar", "multipart");
    }

    private static void assertRefused(HttpResponse<String> response, String field, String words) {
        assertEquals(422, response.statusCode(), response.body());
        JsonNode json = ApiClient.json(response);
        assertEquals(field, json.get("field").asText());
        assertTrue(json.get("error").asText().contains(words), json.toString());
    }
}
