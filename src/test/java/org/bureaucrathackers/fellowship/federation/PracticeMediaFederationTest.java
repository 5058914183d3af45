package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.remote;
import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.bureaucrathackers.fellowship.federation.PracticeFederationTest.BASE;
import static org.bureaucrathackers.fellowship.federation.PracticeFederationTest.example;
import static org.bureaucrathackers.fellowship.federation.PracticeFederationTest.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Practices with uploaded media: olena attaches a photo with alt text to a practice on {@code a}; its status
 * carries it, and bob on {@code b} sees the attachment with its alt text. Ids that name no upload are refused.
 */
class PracticeMediaFederationTest {

    private static final String ALT = "The new permit counter, one queue instead of four";

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account olena = a.createFellow("olena");
    private final Account bob = b.createFellow("bob");
    private final ApiClient olenaApp = new ApiClient(a, a.tokens().issue(olena, "read write").secret());
    private final ApiClient bobApp = new ApiClient(b, b.tokens().issue(bob, "read write").secret());

    @AfterEach
    void close() {
        network.close();
    }

    private JsonNode upload() {
        return ok(olenaApp.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "counter.png", "image/png", TestImages.transparentPng(640, 480))
                .field("description", ALT)));
    }

    @Test
    void a_practice_with_an_uploaded_image_carries_it_to_another_instance() {
        Account olenaOnB = remote(b, a, "olena");
        b.follows().follow(bob, olenaOnB);
        network.until("olena's instance accepts bob", () -> b.follows().isFollowing(bob, olenaOnB));

        JsonNode image = upload();
        ObjectNode practice = example();
        practice.putArray("media_ids").add(image.get("id").asText());
        JsonNode published = ok(olenaApp.postJson(BASE, practice));
        JsonNode attached = published.at("/status/media_attachments");
        assertEquals(1, attached.size(), published.toString());
        assertEquals(image.get("id").asText(), attached.get(0).get("id").asText());
        assertEquals(ALT, attached.get(0).get("description").asText());

        String uri = published.get("uri").asText();
        network.until("the practice reaches b", () -> status(b, uri).isPresent());
        JsonNode seen = ok(bobApp.get("/api/v1/statuses/" + status(b, uri).orElseThrow().id()))
                .get("media_attachments");
        assertEquals(1, seen.size(), seen.toString());
        assertEquals("image", seen.get(0).get("type").asText());
        assertEquals(ALT, seen.get(0).get("description").asText());
        assertEquals(image.get("url").asText(), seen.get(0).get("remote_url").asText());
        JsonNode copy = ok(bobApp.get(BASE + "/" + status(b, uri).orElseThrow().id()));
        assertEquals(ALT, copy.at("/status/media_attachments/0/description").asText());
    }

    @Test
    void an_edit_replaces_the_media_of_a_practice() {
        JsonNode first = upload();
        JsonNode second = upload();
        ObjectNode practice = example();
        practice.putArray("media_ids").add(first.get("id").asText());
        String id = ok(olenaApp.postJson(BASE, practice)).get("id").asText();

        practice.putArray("media_ids").add(second.get("id").asText());
        JsonNode edited = ok(PracticeFederationTest.put(a, olenaApp, BASE + "/" + id, practice));
        assertEquals(second.get("id").asText(), edited.at("/status/media_attachments/0/id").asText());
        assertEquals(1, edited.at("/status/media_attachments").size());
    }

    @Test
    void media_ids_that_name_no_upload_are_refused_naming_the_field() {
        for (String bad : new String[] {"not-a-number", "987654321"}) {
            ObjectNode practice = example();
            practice.putArray("media_ids").add(bad);
            HttpResponse<String> response = olenaApp.postJson(BASE, practice);
            assertEquals(422, response.statusCode(), response.body());
            assertEquals("media_ids", ApiClient.json(response).get("field").asText(), response.body());
            assertTrue(ApiClient.json(response).get("error").asText().startsWith("media_ids: "), response.body());
        }
        assertEquals(0, ok(olenaApp.get(BASE)).size(), "nothing was published");
    }
}
