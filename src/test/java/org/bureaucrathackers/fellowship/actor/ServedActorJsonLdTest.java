package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bureaucrathackers.fellowship.jsonld.JsonLdProcessor;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.vocab.ActorReader;
import org.bureaucrathackers.fellowship.vocab.RemoteActor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The actor documents we serve are valid JSON-LD: expanded with bundled contexts only (never the network),
 * every property lands on the IRI peers that process JSON-LD (Akkoma, Fedify) will look for. Our own
 * actor reader reads them back, as a peer running Fellowship would.
 */
class ServedActorJsonLdTest {

    private static final String AS = "https://www.w3.org/ns/activitystreams#";
    private static final String SEC = "https://w3id.org/security#";
    private static final String TOOT = "http://joinmastodon.org/ns#";

    static TestInstance instance;
    static JsonNode served;
    static JsonNode expanded;

    @BeforeAll
    static void start() throws Exception {
        instance = TestInstance.start();
        var uris = instance.uris();
        Account alice = Accounts.local(uris, 1_000_000L, "alice",
                List.of(new ProfileField("Ministry", "<a href=\"https://ministry.example\">ministry.example</a>")),
                "https://ministry.example/a.png", "image/png", Instant.now().truncatedTo(ChronoUnit.SECONDS), null);
        new JooqAccountStore(instance.database()).insertLocal(alice, null, Accounts.freshKeys(alice));
        HttpResponse<String> response = instance.get("/users/alice", "Accept", "application/activity+json");
        assertEquals(200, response.statusCode());
        served = org.bureaucrathackers.fellowship.json.Json.MAPPER.readTree(response.body());
        JsonNode result = JsonLdProcessor.standard().expand(response.body());
        assertEquals(1, result.size(), "one node object");
        expanded = result.get(0);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void person_expands_to_activitystreams_iris() {
        assertEquals(AS + "Person", expanded.path("@type").get(0).asText());
        assertEquals(served.path("id").asText(), expanded.path("@id").asText());
        assertEquals("alice", value(AS + "preferredUsername"));
        assertEquals(served.path("inbox").asText(), id("http://www.w3.org/ns/ldp#inbox"));
        assertEquals(served.path("outbox").asText(), id(AS + "outbox"));
        assertEquals(served.path("followers").asText(), id(AS + "followers"));
        assertEquals(served.path("following").asText(), id(AS + "following"));
        assertEquals(served.path("url").asText(), id(AS + "url"));
        assertEquals(served.path("endpoints").path("sharedInbox").asText(),
                expanded.path(AS + "endpoints").get(0).path(AS + "sharedInbox").get(0).path("@id").asText());
        assertEquals("image/png", expanded.path(AS + "icon").get(0).path(AS + "mediaType").get(0).path("@value").asText());
        assertTrue(expanded.has(AS + "manuallyApprovesFollowers"));
        assertTrue(expanded.has(AS + "published"));
    }

    @Test
    void keys_expand_to_security_vocabulary() {
        JsonNode key = expanded.path(SEC + "publicKey").get(0);
        assertEquals(served.path("publicKey").path("id").asText(), key.path("@id").asText());
        assertEquals(served.path("id").asText(), key.path(SEC + "owner").get(0).path("@id").asText());
        assertTrue(key.path(SEC + "publicKeyPem").get(0).path("@value").asText().startsWith("-----BEGIN PUBLIC KEY-----"));

        JsonNode multikey = expanded.path(SEC + "assertionMethod").get(0);
        assertEquals(SEC + "Multikey", multikey.path("@type").get(0).asText());
        assertEquals(served.path("id").asText(), multikey.path(SEC + "controller").get(0).path("@id").asText());
        assertTrue(multikey.path(SEC + "publicKeyMultibase").get(0).path("@value").asText().startsWith("z6Mk"));
    }

    @Test
    void mastodon_extensions_and_webfinger_expand_to_their_namespaces() {
        assertEquals(served.path("featured").asText(), id(TOOT + "featured"));
        assertEquals(served.path("featuredTags").asText(), id(TOOT + "featuredTags"));
        assertTrue(expanded.has(TOOT + "discoverable"));
        assertTrue(expanded.has(TOOT + "indexable"));
        assertEquals("alice@" + instance.domain(), value("https://purl.archive.org/socialweb/webfinger#webfinger"));
        JsonNode field = expanded.path(AS + "attachment").get(0);
        assertEquals("http://schema.org#PropertyValue", field.path("@type").get(0).asText());
        assertTrue(field.has("http://schema.org#value"));
    }

    @Test
    void our_actor_reader_reads_what_we_serve() throws Exception {
        RemoteActor actor = new ActorReader().read(served);
        assertEquals(served.path("id").asText(), actor.id());
        assertEquals("Person", actor.type());
        assertEquals(served.path("inbox").asText(), actor.inbox());
        assertEquals(served.path("publicKey").path("id").asText(), actor.publicKeys().get(0).id());
        assertEquals(1, actor.assertionMethods().size());
        assertEquals("Ministry", actor.fields().get(0).name());
    }

    @Test
    void instance_actor_is_valid_json_ld_and_readable() throws Exception {
        HttpResponse<String> response = instance.get("/actor", "Accept", "application/activity+json");
        assertEquals(200, response.statusCode());
        JsonNode node = JsonLdProcessor.standard().expand(response.body()).get(0);
        assertEquals(AS + "Application", node.path("@type").get(0).asText());
        RemoteActor actor = new ActorReader().read(response.body());
        assertEquals(instance.base() + "/actor", actor.id());
        assertTrue(actor.isBot());
    }

    private static String value(String iri) {
        return expanded.path(iri).get(0).path("@value").asText();
    }

    private static String id(String iri) {
        return expanded.path(iri).get(0).path("@id").asText();
    }
}
