package org.bureaucrathackers.fellowship.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.store.TestRows;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WebFingerRoutesTest {

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        instance.createFellow("Alice");
        Account gone = instance.createFellow("gone");
        TestRows.markAccountDeleted(instance.database(), gone.id(), Instant.now());
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static HttpResponse<String> finger(String resource) {
        return instance.get("/.well-known/webfinger?resource=" + URLEncoder.encode(resource, StandardCharsets.UTF_8),
                "Accept", "application/jrd+json, application/json");
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.MAPPER.readTree(response.body());
    }

    private static JsonNode link(JsonNode jrd, String rel) {
        for (JsonNode link : jrd.get("links")) {
            if (rel.equals(link.path("rel").asText())) {
                return link;
            }
        }
        throw new AssertionError("no link with rel " + rel + " in " + jrd);
    }

    @Test
    void acct_lookup_returns_the_jrd_with_self_link_to_the_actor() throws IOException {
        HttpResponse<String> response = finger("acct:Alice@" + instance.domain());
        assertEquals(200, response.statusCode());
        assertEquals("application/jrd+json; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        JsonNode jrd = json(response);
        String actor = instance.uris().actor("Alice");
        String profile = instance.uris().profile("Alice");
        assertEquals("acct:Alice@" + instance.domain(), jrd.get("subject").asText());
        assertEquals(List.of(profile, actor), texts(jrd.get("aliases")));
        JsonNode self = link(jrd, "self");
        assertEquals("application/activity+json", self.get("type").asText());
        assertEquals(actor, self.get("href").asText());
        assertEquals(instance.base() + "/users/Alice", self.get("href").asText());
        JsonNode page = link(jrd, "http://webfinger.net/rel/profile-page");
        assertEquals("text/html", page.get("type").asText());
        assertEquals(profile, page.get("href").asText());
        assertEquals(instance.base() + "/authorize_interaction?uri={uri}",
                link(jrd, "http://ostatus.org/schema/1.0/subscribe").get("template").asText());
    }

    @Test
    void lookup_ignores_case_and_answers_with_the_stored_case() throws IOException {
        for (String asked : List.of("alice", "ALICE", "aLiCe")) {
            HttpResponse<String> response = finger("acct:" + asked + "@" + instance.domain().toUpperCase());
            assertEquals(200, response.statusCode(), asked);
            JsonNode jrd = json(response);
            assertEquals("acct:Alice@" + instance.domain(), jrd.get("subject").asText());
            assertEquals(instance.uris().actor("Alice"), link(jrd, "self").get("href").asText());
        }
    }

    @Test
    void handle_with_port_and_without_scheme_is_found() throws IOException {
        assertTrue(instance.domain().matches("localhost:\\d+"), instance.domain());
        for (String resource : List.of("Alice@" + instance.domain(), "@Alice@" + instance.domain(),
                instance.uris().actor("Alice"), instance.uris().profile("Alice"))) {
            HttpResponse<String> response = finger(resource);
            assertEquals(200, response.statusCode(), resource);
            assertEquals("acct:Alice@" + instance.domain(), json(response).get("subject").asText(), resource);
        }
    }

    @Test
    void the_jrd_has_the_shape_mastodon_serves() throws IOException {
        JsonNode mastodon;
        try (InputStream in = getClass().getResourceAsStream("/fixtures/activitypub/mastodon/webfinger.json")) {
            mastodon = Json.MAPPER.readTree(in);
        }
        JsonNode ours = json(finger("acct:Alice@" + instance.domain()));
        assertEquals(fieldNames(mastodon), fieldNames(ours));
        assertEquals(linkShapes(mastodon), linkShapes(ours));
        assertEquals(mastodon.get("aliases").size(), ours.get("aliases").size());
    }

    @Test
    void instance_actor_is_found_by_domain_at_domain_and_by_its_url() throws IOException {
        String actorUrl = instance.uris().instanceActor();
        for (String resource : List.of("acct:" + instance.domain() + "@" + instance.domain(), actorUrl)) {
            HttpResponse<String> response = finger(resource);
            assertEquals(200, response.statusCode(), resource);
            JsonNode jrd = json(response);
            assertEquals("acct:" + instance.domain() + "@" + instance.domain(), jrd.get("subject").asText());
            assertEquals(actorUrl, link(jrd, "self").get("href").asText());
            assertEquals("application/activity+json", link(jrd, "self").get("type").asText());
        }
    }

    @Test
    void unknown_fellow_is_404_json() throws IOException {
        HttpResponse<String> response = finger("acct:nobody@" + instance.domain());
        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json(response).get("error").asText().contains("nobody"));
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void foreign_host_is_404_even_for_an_existing_name() {
        assertEquals(404, finger("acct:Alice@elsewhere.example").statusCode());
        assertEquals(404, finger("https://elsewhere.example/users/Alice").statusCode());
        assertEquals(404, finger("acct:Alice@localhost").statusCode());
    }

    @Test
    void deleted_fellow_is_410() throws IOException {
        HttpResponse<String> response = finger("acct:gone@" + instance.domain());
        assertEquals(410, response.statusCode());
        assertTrue(json(response).has("error"));
    }

    @Test
    void missing_or_garbled_resource_is_400_with_a_message() throws IOException {
        HttpResponse<String> missing = instance.get("/.well-known/webfinger", "Accept", "text/html");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json(missing).get("error").asText().contains("resource"));
        for (String garbled : List.of("", "alice", "acct:alice@bob@" + instance.domain(), "mailto:alice")) {
            HttpResponse<String> response = finger(garbled);
            assertEquals(400, response.statusCode(), garbled);
            assertTrue(json(response).has("error"), garbled);
        }
    }

    @Test
    void overlong_resource_is_400_not_a_server_error() throws IOException {
        HttpResponse<String> response = finger("acct:" + "a".repeat(3000) + "@" + instance.domain());
        assertEquals(400, response.statusCode());
        assertTrue(json(response).get("error").asText().contains("2048"));
    }

    @Test
    void preflight_allows_any_origin() {
        HttpResponse<String> response = instance.send(HttpRequest.newBuilder(
                        URI.create(instance.url("/.well-known/webfinger?resource=acct:Alice@" + instance.domain())))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://app.example")
                .header("Access-Control-Request-Method", "GET")
                .build());
        assertEquals(204, response.statusCode());
        assertEquals("*", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("GET"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        names.sort(null);
        return names;
    }

    /** Each link as rel, type and which of href/template it carries, sorted; values differ by host. */
    private static List<String> linkShapes(JsonNode jrd) {
        List<String> shapes = new ArrayList<>();
        for (JsonNode link : jrd.get("links")) {
            shapes.add(link.path("rel").asText() + " " + link.path("type").asText("-") + " " + fieldNames(link));
        }
        shapes.sort(null);
        return shapes;
    }
}
