package org.bureaucrathackers.fellowship.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException.Reason;
import org.junit.jupiter.api.Test;

class JsonLdProcessorTest {

    private static final String AS = "https://www.w3.org/ns/activitystreams#";
    private static final String SEC = "https://w3id.org/security#";
    private static final JsonLdProcessor PROCESSOR = JsonLdProcessor.standard();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void mastodon_shaped_actor_expands_with_bundled_contexts_only() throws Exception {
        JsonNode actor = single(PROCESSOR.expand(Resources.text("jsonld/section8-actor.json")));

        assertEquals("https://example.com/users/alice", actor.get("@id").asText());
        assertEquals(AS + "Person", actor.get("@type").get(0).asText());
        // The ActivityStreams context maps inbox into the LDP namespace, not the AS one.
        assertEquals("https://example.com/users/alice/inbox", firstId(actor, "http://www.w3.org/ns/ldp#inbox"));
        assertEquals("https://example.com/users/alice/outbox", firstId(actor, AS + "outbox"));
        assertEquals("https://example.com/users/alice/collections/featured",
                firstId(actor, "http://joinmastodon.org/ns#featured"));
        assertEquals("https://example.com/inbox",
                firstId(actor.get(AS + "endpoints").get(0), AS + "sharedInbox"));
        assertTrue(firstValue(actor, "http://joinmastodon.org/ns#discoverable").asBoolean());
        assertFalse(firstValue(actor, AS + "manuallyApprovesFollowers").asBoolean());

        JsonNode key = actor.get(SEC + "publicKey").get(0);
        assertEquals("https://example.com/users/alice#main-key", key.get("@id").asText());
        assertEquals("https://example.com/users/alice", firstId(key, SEC + "owner"));
        assertTrue(firstValue(key, SEC + "publicKeyPem").asText().startsWith("-----BEGIN PUBLIC KEY-----"));

        JsonNode field = actor.get(AS + "attachment").get(0);
        assertEquals("http://schema.org#PropertyValue", field.get("@type").get(0).asText());
        assertEquals("Site", firstValue(field, AS + "name").asText());
        assertTrue(firstValue(field, "http://schema.org#value").asText().contains("alice.example"));
    }

    @Test
    void multikey_and_webfinger_terms_expand_to_their_namespaces() throws Exception {
        JsonNode actor = single(PROCESSOR.expand(Resources.text("jsonld/actor-multikey-webfinger.json")));

        assertEquals("alice@example.com",
                firstValue(actor, "https://purl.archive.org/socialweb/webfinger#webfinger").asText());
        JsonNode multikey = actor.get(SEC + "assertionMethod").get(0);
        assertEquals(SEC + "Multikey", multikey.get("@type").get(0).asText());
        assertEquals("https://example.com/users/alice", firstId(multikey, SEC + "controller"));
        assertEquals("z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2",
                firstValue(multikey, SEC + "publicKeyMultibase").asText());
        assertTrue(firstValue(actor, "http://joinmastodon.org/ns#discoverable").asBoolean());
    }

    @Test
    void fellowship_context_expands_practice_terms_into_its_namespace() throws Exception {
        String doc = """
                {"@context":["https://www.w3.org/ns/activitystreams","https://w3id.org/fellowship/ns"],
                 "id":"https://mof.example/practices/1","type":"Note","problem":"Forms took weeks",
                 "hackKind":"fellowship:Sandbox","organization":"https://mof.example/actor",
                 "sdo:name":"Faster forms"}""";
        JsonNode note = single(PROCESSOR.expand(doc));

        String ns = "https://w3id.org/fellowship/ns#";
        assertEquals("Forms took weeks", firstValue(note, ns + "problem").asText());
        assertEquals(ns + "Sandbox", firstId(note, ns + "hackKind"));
        assertEquals("https://mof.example/actor", firstId(note, ns + "organization"));
        assertEquals("Faster forms", firstValue(note, "https://schema.org/name").asText());
    }

    @Test
    void http_activitystreams_context_is_bundled_too() throws Exception {
        JsonNode note = single(PROCESSOR.expand(
                "{\"@context\":\"http://www.w3.org/ns/activitystreams\",\"type\":\"Note\",\"content\":\"hi\"}"));
        assertEquals(AS + "Note", note.get("@type").get(0).asText());
    }

    @Test
    void unbundled_context_fails_with_a_clear_message_and_no_request() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\":{\"x\":\"https://x.example/#\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
            // The local context comes first, so a loader that fetches anything would fetch it.
            String doc = "{\"@context\":[\"" + url + "\",\"https://www.w3.org/ns/activitystreams\"],"
                    + "\"type\":\"Note\",\"x\":\"y\"}";

            JsonLdException e = assertThrows(JsonLdException.class, () -> PROCESSOR.expand(doc));

            assertEquals(0, requests.get(), "the context server was asked for the context");
            assertEquals(Reason.CONTEXT_NOT_BUNDLED, e.reason());
            assertEquals("JSON-LD context is not bundled with this server: " + url, e.getMessage());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void unbundled_scoped_context_inside_an_inline_map_is_refused_too() {
        String doc = """
                {"@context":["https://www.w3.org/ns/activitystreams",
                  {"Thing":{"@id":"https://x.example/Thing","@context":"https://x.example/scoped"}}],
                 "type":"Thing","name":"n"}""";
        JsonLdException e = assertThrows(JsonLdException.class, () -> PROCESSOR.expand(doc));
        assertEquals(Reason.CONTEXT_NOT_BUNDLED, e.reason());
        assertTrue(e.getMessage().endsWith("https://x.example/scoped"));
    }

    @Test
    void over_deep_document_is_refused() {
        String doc = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"content\":"
                + "[".repeat(70) + "1" + "]".repeat(70) + "}";
        JsonLdException e = assertThrows(JsonLdException.class, () -> PROCESSOR.expand(doc));
        assertEquals(Reason.TOO_DEEP, e.reason());
    }

    @Test
    void over_deep_tree_given_directly_is_refused() throws Exception {
        JsonNode deep = MAPPER.readTree("[".repeat(66) + "]".repeat(66));
        JsonLdException e = assertThrows(JsonLdException.class, () -> PROCESSOR.expand(deep));
        assertEquals(Reason.TOO_DEEP, e.reason());
    }

    @Test
    void document_over_one_mebibyte_is_refused_before_parsing() {
        String doc = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"content\":\""
                + "a".repeat(JsonBounds.ONE_MIB) + "\"}";
        JsonLdException e = assertThrows(JsonLdException.class, () -> PROCESSOR.expand(doc));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void document_with_too_many_values_is_refused() {
        String doc = "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"to\":["
                + "\"https://a.example/\",".repeat(10_001) + "\"https://a.example/\"]}";
        JsonLdException e = assertThrows(JsonLdException.class, () -> PROCESSOR.expand(doc));
        assertEquals(Reason.TOO_MANY_NODES, e.reason());
    }

    @Test
    void expansion_over_its_time_budget_is_refused() {
        JsonLdProcessor hurried = new JsonLdProcessor(PROCESSOR.contexts(), JsonBounds.REMOTE, Duration.ofNanos(1));
        JsonLdException e = assertThrows(JsonLdException.class,
                () -> hurried.expand(Resources.text("jsonld/section8-actor.json")));
        assertEquals(Reason.TOO_SLOW, e.reason());
    }

    @Test
    void malformed_json_and_invalid_json_ld_are_refused_with_reasons() {
        assertEquals(Reason.NOT_JSON,
                assertThrows(JsonLdException.class, () -> PROCESSOR.expand("{\"a\":")).reason());
        assertEquals(Reason.INVALID,
                assertThrows(JsonLdException.class, () -> PROCESSOR.expand("\"just a string\"")).reason());
        assertEquals(Reason.INVALID,
                assertThrows(JsonLdException.class, () -> PROCESSOR.expand("{\"@context\":42}")).reason());
    }

    private static JsonNode single(JsonNode expanded) {
        assertTrue(expanded.isArray());
        assertEquals(1, expanded.size(), expanded::toString);
        return expanded.get(0);
    }

    private static String firstId(JsonNode node, String property) {
        JsonNode values = node.get(property);
        assertTrue(values != null && values.isArray(), () -> "no " + property + " in " + node);
        return values.get(0).get("@id").asText();
    }

    private static JsonNode firstValue(JsonNode node, String property) {
        JsonNode values = node.get(property);
        assertTrue(values != null && values.isArray(), () -> "no " + property + " in " + node);
        return values.get(0).get("@value");
    }
}
