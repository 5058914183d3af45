package org.bureaucrathackers.fellowship.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException.Reason;
import org.junit.jupiter.api.Test;

/** Inbound documents read as they are when usual, else by their JSON-LD meaning (X15). */
class InboundDocumentsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String AS = "\"https://www.w3.org/ns/activitystreams\"";
    private static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";

    private final JsonLdProcessor processor = JsonLdProcessor.standard();
    private final InboundDocuments documents = new InboundDocuments(processor);

    @Test
    void usual_documents_are_read_as_they_are_without_running_json_ld() throws Exception {
        for (String file : FixtureExpansionTest.fixtures()) {
            JsonNode document = json(Resources.text("fixtures/activitypub/" + file));
            if (documents.unusualBecause(document).isEmpty()) {
                assertSame(document, documents.readable(document), file);
            }
        }
        assertEquals(0, processor.compactions(), "the processor stays off the hot path");
    }

    @Test
    void a_document_that_renames_activitystreams_terms_is_read_by_its_meaning() throws Exception {
        JsonNode document = json("{\"@context\":[" + AS + ",{\"actor\":\"https://evil.example/ns#actor\","
                + "\"agent\":{\"@id\":\"as:actor\",\"@type\":\"@id\"},\"thing\":{\"@id\":\"as:object\",\"@type\":\"@id\"},"
                + "\"object\":\"https://evil.example/ns#object\"}],"
                + "\"id\":\"https://social.example/follows/1\",\"type\":\"Follow\","
                + "\"agent\":\"https://social.example/users/alice\",\"actor\":\"https://other.example/users/mallory\","
                + "\"thing\":\"https://ministry.example/users/bob\",\"object\":\"https://other.example/users/eve\","
                + "\"to\":\"as:Public\"}");

        JsonNode readable = documents.readable(document);

        assertEquals(1, processor.compactions());
        assertEquals("https://social.example/users/alice", readable.get("actor").asText());
        assertEquals("https://ministry.example/users/bob", readable.get("object").asText());
        assertEquals("Follow", readable.get("type").asText());
        assertEquals("https://social.example/follows/1", readable.get("id").asText());
        assertTrue(readable.get("to").asText().equals("as:Public") || readable.get("to").asText().equals(PUBLIC));
        // What the document calls actor is something else, and stays under its own IRI.
        assertEquals("https://other.example/users/mallory", readable.get("https://evil.example/ns#actor").asText());
    }

    @Test
    void a_document_whose_object_means_something_else_loses_it() throws Exception {
        JsonNode readable = documents.readable(json("{\"@context\":[" + AS + ",{\"object\":\"https://evil.example/o\"}],"
                + "\"id\":\"https://social.example/likes/1\",\"type\":\"Like\","
                + "\"actor\":\"https://social.example/users/alice\",\"object\":\"https://ministry.example/posts/1\"}"));

        assertFalse(readable.has("object"), readable::toString);
        assertEquals("https://social.example/users/alice", readable.get("actor").asText());
    }

    @Test
    void an_unknown_remote_context_counts_as_empty_and_is_never_fetched() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/context.jsonld";
            JsonNode readable = documents.readable(json("{\"@context\":[" + AS + ",\"" + url + "\"],"
                    + "\"id\":\"https://social.example/follows/2\",\"type\":\"Follow\","
                    + "\"actor\":\"https://social.example/users/alice\",\"object\":\"https://ministry.example/users/bob\","
                    + "\"colour\":\"blue\"}"));

            assertEquals("https://social.example/users/alice", readable.get("actor").asText());
            assertEquals("https://ministry.example/users/bob", readable.get("object").asText());
        } finally {
            server.stop(0);
        }
        assertEquals(0, requests.get());
    }

    @Test
    void graph_included_and_reverse_are_refused_wherever_they_appear() {
        for (String json : new String[] {
                "{\"@context\":" + AS + ",\"@graph\":[{\"type\":\"Note\"},{\"type\":\"Note\"}]}",
                "{\"@context\":" + AS + ",\"type\":\"Create\",\"@included\":[{\"id\":\"https://a.example/n\"}]}",
                "{\"@context\":" + AS + ",\"type\":\"Create\",\"@reverse\":{\"actor\":\"https://a.example/u\"}}",
                "{\"@context\":" + AS + ",\"type\":\"Create\",\"object\":{\"@reverse\":{\"attributedTo\":\"https://a.example\"}}}"}) {
            JsonLdException e = assertThrows(JsonLdException.class, () -> documents.readable(json(json)), json);
            assertEquals(Reason.UNSUPPORTED_KEYWORD, e.reason());
            assertTrue(e.getMessage().matches("the document uses @(graph|included|reverse), which .*"), e::getMessage);
        }
        assertEquals(0, processor.compactions(), "refused before any JSON-LD processing");
    }

    @Test
    void an_aliased_graph_is_refused_after_compaction() throws Exception {
        JsonNode document = json("{\"@context\":[" + AS + ",{\"everything\":\"@graph\"}],"
                + "\"everything\":[{\"id\":\"https://a.example/1\",\"type\":\"Note\"},"
                + "{\"id\":\"https://a.example/2\",\"type\":\"Note\"}]}");

        JsonLdException e = assertThrows(JsonLdException.class, () -> documents.readable(document));
        assertEquals(Reason.UNSUPPORTED_KEYWORD, e.reason());
    }

    @Test
    void compaction_is_bounded_in_time_and_size() throws Exception {
        InboundDocuments hurried = new InboundDocuments(
                new JsonLdProcessor(processor.contexts(), JsonBounds.REMOTE, Duration.ofNanos(1)));
        JsonNode unusual = json("{\"@context\":[" + AS + ",{\"actor\":\"https://evil.example/a\"}],\"type\":\"Like\"}");
        assertEquals(Reason.TOO_SLOW, assertThrows(JsonLdException.class, () -> hurried.readable(unusual)).reason());

        StringBuilder many = new StringBuilder("{\"@context\":[" + AS + ",{\"actor\":\"https://evil.example/a\"}],"
                + "\"type\":\"Like\",\"to\":[");
        for (int i = 0; i < 10_001; i++) {
            many.append(i == 0 ? "" : ",").append("\"https://a.example/").append(i).append('"');
        }
        JsonNode large = json(many.append("]}").toString());
        assertEquals(Reason.TOO_MANY_NODES, assertThrows(JsonLdException.class, () -> documents.readable(large)).reason());
    }

    @Test
    void an_unusual_actor_update_compacts_into_a_readable_actor_with_its_key() throws Exception {
        JsonNode update = json("{\"@context\":[" + AS + ",\"https://w3id.org/security/v1\",\"https://join-lemmy.org/context.json\","
                + "{\"toot\":\"http://joinmastodon.org/ns#\",\"discoverable\":\"toot:discoverable\"}],"
                + "\"id\":\"https://social.example/users/alice#updates/1\",\"type\":\"Update\","
                + "\"actor\":\"https://social.example/users/alice\",\"object\":{\"id\":\"https://social.example/users/alice\","
                + "\"type\":\"Person\",\"preferredUsername\":\"alice\",\"inbox\":\"https://social.example/users/alice/inbox\","
                + "\"discoverable\":true,\"publicKey\":{\"id\":\"https://social.example/users/alice#main-key\","
                + "\"owner\":\"https://social.example/users/alice\",\"publicKeyPem\":\"-----BEGIN PUBLIC KEY-----\"}}}");

        JsonNode person = documents.readable(update).get("object");

        assertEquals("alice", person.get("preferredUsername").asText());
        assertEquals("https://social.example/users/alice/inbox", person.get("inbox").asText());
        assertTrue(person.get("discoverable").asBoolean());
        assertEquals("https://social.example/users/alice#main-key", person.get("publicKey").get("id").asText());
        assertEquals("https://social.example/users/alice", person.get("publicKey").get("owner").asText());
        assertEquals("-----BEGIN PUBLIC KEY-----", person.get("publicKey").get("publicKeyPem").asText());
    }

    @Test
    void fedify_documents_of_both_versions_are_read_as_they_are_without_json_ld() throws Exception {
        for (String version : new String[] {"1.5.9", "2.3.6"}) {
            for (String file : new String[] {"follow-with-proof-and-ld-signature.json",
                    "create-note-with-proof-and-ld-signature.json", "person-with-multikeys.json"}) {
                JsonNode document = json(Resources.text("fixtures/activitypub/fedify/" + version + "/" + file));

                assertEquals(java.util.Optional.empty(), documents.unusualBecause(document), version + "/" + file);
                assertSame(document, documents.readable(document), version + "/" + file);
            }
        }
        assertEquals(0, processor.compactions(), "Fedify's documents stay on the fast path");
    }

    @Test
    void a_proof_or_signature_block_never_makes_a_document_unusual_or_refused() throws Exception {
        JsonNode document = json("{\"@context\":[" + AS + ",\"https://w3id.org/security/data-integrity/v1\"],"
                + "\"id\":\"https://social.example/likes/3\",\"type\":\"Like\","
                + "\"actor\":\"https://social.example/users/alice\",\"object\":\"https://ministry.example/posts/1\","
                + "\"proof\":{\"@context\":[\"https://w3id.org/identity/v1\",\"https://unknown.example/ctx\"],"
                + "\"type\":\"DataIntegrityProof\",\"proofValue\":\"z1\"},"
                + "\"signature\":{\"@context\":\"https://w3id.org/identity/v1\",\"type\":\"RsaSignature2017\"}}");

        assertEquals(java.util.Optional.empty(), documents.unusualBecause(document));
        assertSame(document, documents.readable(document));
    }

    @Test
    void an_unusual_document_is_compacted_without_its_proof_which_comes_back_as_sent() throws Exception {
        JsonNode document = json(Resources.text("fixtures/activitypub/fedify/2.3.6/follow-with-proof-and-ld-signature.json"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) document).set("@context",
                json("[" + AS + ",\"https://w3id.org/security/data-integrity/v1\",\"https://join-lemmy.org/context.json\"]"));
        JsonNode original = document.deepCopy();

        JsonNode readable = documents.readable(document);

        assertEquals(1, processor.compactions());
        assertEquals("Follow", readable.get("type").asText());
        assertEquals(original.get("actor"), readable.get("actor"));
        assertEquals(original.get("proof"), readable.get("proof"), "the proof is handed on as it was signed");
        assertEquals(original.get("signature"), readable.get("signature"));
        assertEquals(original, document, "the document itself is not changed");
    }

    @Test
    void graph_in_place_of_the_object_is_still_refused_beside_a_proof() {
        String json = "{\"@context\":" + AS + ",\"type\":\"Create\",\"actor\":\"https://a.example/u\","
                + "\"object\":{\"@graph\":[{\"type\":\"Note\"}]},\"proof\":{\"type\":\"DataIntegrityProof\"}}";
        JsonLdException e = assertThrows(JsonLdException.class, () -> documents.readable(json(json)));
        assertEquals(Reason.UNSUPPORTED_KEYWORD, e.reason());
    }

    private static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
