package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.bureaucrathackers.fellowship.testing.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.media.RemoteMedia;
import org.bureaucrathackers.fellowship.store.JooqRemoteMediaStore;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Remote media across real instances: {@code b} copies the image of a post from {@code a} and the avatar of its
 * author, and its Mastodon API then shows them on {@code b}'s own host (with {@code remote_url} still naming
 * {@code a}); with the cache off, or a bound smaller than the file, {@code b} shows {@code a}'s URL and the post
 * is shown all the same.
 */
class RemoteMediaCacheFederationTest {

    private final Network network = new Network();

    @AfterEach
    void close() {
        network.close();
    }

    private TestInstance start(UnaryOperator<Settings> adjust) {
        TestInstance instance = TestInstance.startWith(adjust);
        network.instances.add(instance);
        return instance;
    }

    /** Alice on {@code a} posts a photo; returns what {@code a}'s API said of the photo and the post's id. */
    private static JsonNode[] postPhoto(TestInstance a, ApiClient aliceApp) {
        JsonNode photo = ok(aliceApp.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "queue.png", "image/png", TestImages.transparentPng(120, 80))
                .field("description", "The queue at the permit counter")));
        JsonNode post = ok(aliceApp.postJson("/api/v1/statuses", Map.of("status", "Before and after",
                "media_ids", List.of(photo.get("id").asText()))));
        return new JsonNode[] {photo, post};
    }

    private static JsonNode mediaOn(TestInstance on, ApiClient app, String uri) {
        return ok(app.get("/api/v1/statuses/" + status(on, uri).orElseThrow().id())).get("media_attachments").get(0);
    }

    @Test
    void b_serves_its_own_copy_of_a_remote_image_and_avatar_and_remote_url_names_a() {
        TestInstance a = start(settings -> settings);
        TestInstance b = start(settings -> settings);
        Account alice = a.createFellow("alice");
        Account bob = b.createFellow("bob");
        ApiClient aliceApp = ApiClient.of(a, alice, "read write follow");
        ApiClient bobApp = ApiClient.of(b, bob, "read write follow");
        Account aliceOnB = network.follow(b, bob, a, "alice");

        JsonNode[] posted = postPhoto(a, aliceApp);
        String onA = posted[0].get("url").asText();
        String uri = posted[1].get("uri").asText();
        network.until("the post reaches b", () -> status(b, uri).isPresent());
        network.until("b shows its copy", () -> mediaOn(b, bobApp, uri).get("url").asText()
                .startsWith(b.base() + "/media/"));

        JsonNode image = mediaOn(b, bobApp, uri);
        assertEquals(onA, image.get("remote_url").asText());
        assertEquals(image.get("url").asText(), image.get("preview_url").asText());
        assertEquals("The queue at the permit counter", image.get("description").asText());
        byte[] fromA = ApiClient.download(onA).body();
        var fromB = ApiClient.download(image.get("url").asText());
        assertEquals(200, fromB.statusCode());
        assertEquals("image/png", fromB.headers().firstValue("content-type").orElseThrow());
        assertArrayEquals(fromA, fromB.body(), "the same bytes, served by b");

        String avatar = ok(aliceApp.sendMultipart("PATCH", "/api/v1/accounts/update_credentials", new Multipart()
                .file("avatar", "me.png", "image/png", TestImages.transparentPng(200, 200)))).get("avatar").asText();
        String path = "/api/v1/accounts/" + aliceOnB.id();
        network.until("b shows its copy of alice's new avatar", () -> {
            String shown = ok(bobApp.get(path)).get("avatar").asText();
            return shown.startsWith(b.base() + "/media/")
                    && java.util.Arrays.equals(ApiClient.download(avatar).body(), ApiClient.download(shown).body());
        });
    }

    @Test
    void with_the_cache_off_or_a_file_over_the_bound_b_shows_the_url_on_a_and_nothing_fails() {
        TestInstance a = start(settings -> settings);
        TestInstance off = start(settings -> settings.withMedia(settings.media().withRemoteCache(false, 1L << 30)));
        TestInstance tiny = start(settings -> settings.withMedia(settings.media().withRemoteCache(true, 100)));
        Account alice = a.createFellow("alice");
        Account bob = off.createFellow("bob");
        Account carol = tiny.createFellow("carol");
        ApiClient aliceApp = ApiClient.of(a, alice, "read write follow");
        ApiClient bobApp = ApiClient.of(off, bob, "read");
        ApiClient carolApp = ApiClient.of(tiny, carol, "read");
        network.follow(off, bob, a, "alice");
        network.follow(tiny, carol, a, "alice");

        JsonNode[] posted = postPhoto(a, aliceApp);
        String onA = posted[0].get("url").asText();
        String uri = posted[1].get("uri").asText();
        network.until("the post reaches both", () -> status(off, uri).isPresent() && status(tiny, uri).isPresent());
        JooqRemoteMediaStore tinyStore = new JooqRemoteMediaStore(tiny.database());
        network.until("the instance with a tiny bound gives the file up", () -> tinyStore.find(onA)
                .map(m -> m.state() == RemoteMedia.State.FAILED).orElse(false));

        for (JsonNode image : List.of(mediaOn(off, bobApp, uri), mediaOn(tiny, carolApp, uri))) {
            assertEquals(onA, image.get("url").asText(), image.toString());
            assertEquals(onA, image.get("remote_url").asText());
            assertEquals("The queue at the permit counter", image.get("description").asText());
        }
        assertTrue(new JooqRemoteMediaStore(off.database()).find(onA).isEmpty(), "nothing is even registered when off");
    }
}
