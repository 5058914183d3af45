package org.bureaucrathackers.fellowship.activitypub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ActorRoutesTest {

    static final String AS_JSON = "application/activity+json";
    static final String LD_JSON = "application/ld+json; profile=\"https://www.w3.org/ns/activitystreams\"";

    static TestInstance instance;
    static JooqAccountStore accounts;
    static Account alice;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        accounts = new JooqAccountStore(instance.database());
        alice = instance.createFellow("alice");
        LocalUris uris = instance.uris();
        Ids ids = new Ids(java.time.Clock.systemUTC());
        Instant created = Instant.parse("2026-01-02T03:04:05.678Z");
        Account carol = Accounts.local(uris, ids.next(), "carol",
                List.of(new ProfileField("Team", "<p>Digital Service</p>"),
                        new ProfileField("Site", "<a href=\"https://carol.example\" rel=\"me\">carol.example</a>")),
                "https://media.example/carol.png", "image/png", created, null);
        accounts.insertLocal(carol, null, Accounts.freshKeys(carol));
        Account dora = Accounts.local(uris, ids.next(), "dora", List.of(), null, null, created, Instant.now());
        accounts.insertLocal(dora, null, Accounts.freshKeys(dora));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    static JsonNode fetch(String path) {
        HttpResponse<String> response = instance.get(path, "Accept", AS_JSON);
        assertEquals(200, response.statusCode(), response.body());
        return parse(response.body());
    }

    static JsonNode parse(String body) {
        try {
            return Json.MAPPER.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }

    @Test
    void person_document_has_every_field_a_mastodon_peer_reads() {
        JsonNode doc = fetch("/users/alice");
        String actor = instance.base() + "/users/alice";
        assertEquals(actor, doc.get("id").asText());
        assertEquals("Person", doc.get("type").asText());
        assertEquals("alice", doc.get("preferredUsername").asText());
        assertEquals("alice@" + instance.domain(), doc.get("webfinger").asText());
        assertEquals("alice", doc.get("name").asText());
        assertEquals("", doc.get("summary").asText());
        assertEquals(instance.base() + "/@alice", doc.get("url").asText());
        assertEquals(actor + "/inbox", doc.get("inbox").asText());
        assertEquals(actor + "/outbox", doc.get("outbox").asText());
        assertEquals(actor + "/followers", doc.get("followers").asText());
        assertEquals(actor + "/following", doc.get("following").asText());
        assertEquals(actor + "/collections/featured", doc.get("featured").asText());
        assertEquals(actor + "/collections/tags", doc.get("featuredTags").asText());
        assertEquals(instance.base() + "/inbox", doc.get("endpoints").get("sharedInbox").asText());
        assertTrue(doc.get("discoverable").asBoolean());
        assertTrue(doc.get("indexable").isBoolean());
        assertFalse(doc.get("manuallyApprovesFollowers").asBoolean());
        assertTrue(doc.get("published").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"),
                doc.get("published").asText());
        assertEquals(alice.createdAt().getEpochSecond(), Instant.parse(doc.get("published").asText()).getEpochSecond());
    }

    @Test
    void fellow_without_fields_or_avatar_has_no_attachment_or_icon_keys() {
        JsonNode doc = fetch("/users/alice");
        assertFalse(doc.has("attachment"));
        assertFalse(doc.has("icon"));
    }

    @Test
    void profile_fields_become_property_values_and_the_avatar_an_icon() {
        JsonNode doc = fetch("/users/carol");
        JsonNode attachment = doc.get("attachment");
        assertEquals(2, attachment.size());
        assertEquals("PropertyValue", attachment.get(0).get("type").asText());
        assertEquals("Team", attachment.get(0).get("name").asText());
        assertEquals("<p>Digital Service</p>", attachment.get(0).get("value").asText());
        assertEquals("Site", attachment.get(1).get("name").asText());
        assertEquals("<a href=\"https://carol.example\" rel=\"me\">carol.example</a>",
                attachment.get(1).get("value").asText());
        JsonNode icon = doc.get("icon");
        assertEquals("Image", icon.get("type").asText());
        assertEquals("image/png", icon.get("mediaType").asText());
        assertEquals("https://media.example/carol.png", icon.get("url").asText());
        assertEquals("<p>Bio of carol</p>", doc.get("summary").asText());
        assertEquals("2026-01-02T03:04:05Z", doc.get("published").asText());
        assertFalse(doc.get("indexable").asBoolean());
    }

    @Test
    void context_is_mastodons_shape_plus_multikey_webfinger_data_integrity_and_fellowship_terms() {
        JsonNode context = fetch("/users/alice").get("@context");
        assertEquals(6, context.size());
        assertEquals("https://www.w3.org/ns/activitystreams", context.get(0).asText());
        assertEquals("https://w3id.org/security/v1", context.get(1).asText());
        assertEquals("https://w3id.org/security/multikey/v1", context.get(2).asText());
        assertEquals("https://purl.archive.org/socialweb/webfinger", context.get(3).asText());
        // The document carries an object proof, which this context defines.
        assertEquals("https://w3id.org/security/data-integrity/v1", context.get(4).asText());
        JsonNode terms = context.get(5);
        Map<String, String> plain = Map.ofEntries(
                Map.entry("manuallyApprovesFollowers", "as:manuallyApprovesFollowers"),
                Map.entry("toot", "http://joinmastodon.org/ns#"),
                Map.entry("schema", "http://schema.org#"),
                Map.entry("PropertyValue", "schema:PropertyValue"),
                Map.entry("value", "schema:value"),
                Map.entry("discoverable", "toot:discoverable"),
                Map.entry("indexable", "toot:indexable"),
                Map.entry("Hashtag", "as:Hashtag"),
                Map.entry("Emoji", "toot:Emoji"),
                Map.entry("fellowship", "https://w3id.org/fellowship/ns#"),
                Map.entry("sdo", "https://schema.org/"));
        plain.forEach((term, iri) -> assertEquals(iri, terms.path(term).asText(), term));
        Map<String, String> links = Map.of("featured", "toot:featured", "featuredTags", "toot:featuredTags",
                "alsoKnownAs", "as:alsoKnownAs", "movedTo", "as:movedTo");
        links.forEach((term, iri) -> {
            assertEquals(iri, terms.get(term).get("@id").asText(), term);
            assertEquals("@id", terms.get(term).get("@type").asText(), term);
        });
    }

    @Test
    void public_key_is_the_stored_rsa_2048_key_under_the_main_key_fragment() {
        JsonNode key = fetch("/users/alice").get("publicKey");
        String actor = instance.base() + "/users/alice";
        assertEquals(actor + "#main-key", key.get("id").asText());
        assertEquals(actor, key.get("owner").asText());
        String pem = key.get("publicKeyPem").asText();
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"), pem);
        RSAPublicKey rsa = (RSAPublicKey) KeyMaterial.publicKeyFromPem(pem);
        assertEquals(2048, rsa.getModulus().bitLength());
        String stored = accounts.keysOf(alice.id()).stream()
                .filter(k -> k.type() == StoredKey.KeyType.RSA).findFirst().orElseThrow().publicKey();
        assertEquals(stored, pem);
    }

    @Test
    void assertion_method_is_the_stored_ed25519_multikey() {
        JsonNode methods = fetch("/users/alice").get("assertionMethod");
        String actor = instance.base() + "/users/alice";
        assertEquals(1, methods.size());
        JsonNode key = methods.get(0);
        assertEquals(actor + "#ed25519-key", key.get("id").asText());
        assertEquals("Multikey", key.get("type").asText());
        assertEquals(actor, key.get("controller").asText());
        String multibase = key.get("publicKeyMultibase").asText();
        assertTrue(multibase.startsWith("z6Mk"), multibase);
        KeyMaterial.ed25519FromMultibase(multibase);
        String stored = accounts.keysOf(alice.id()).stream()
                .filter(k -> k.type() == StoredKey.KeyType.ED25519).findFirst().orElseThrow().publicKey();
        assertEquals(stored, multibase);
    }

    @Test
    void key_id_resolves_to_the_actor_without_a_signature() {
        String keyId = fetch("/users/alice").get("publicKey").get("id").asText();
        URI withoutFragment = URI.create(keyId.substring(0, keyId.indexOf('#')));
        HttpResponse<String> response = instance.get(withoutFragment.toString(), "Accept", AS_JSON);
        assertEquals(200, response.statusCode());
        JsonNode doc = parse(response.body());
        assertEquals(keyId, doc.get("publicKey").get("id").asText());
        assertEquals(doc.get("id").asText(), doc.get("publicKey").get("owner").asText());
    }

    @Test
    void activity_json_is_answered_with_activity_json() {
        HttpResponse<String> response = instance.get("/users/alice", "Accept", AS_JSON);
        assertEquals(200, response.statusCode());
        assertEquals("application/activity+json; charset=utf-8", contentType(response));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void ld_json_with_the_activitystreams_profile_is_answered_with_the_same_type() {
        HttpResponse<String> response = instance.get("/users/alice", "Accept", LD_JSON);
        assertEquals(200, response.statusCode());
        assertEquals(LD_JSON, contentType(response));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        assertEquals("Person", parse(response.body()).get("type").asText());
    }

    @Test
    void plain_json_is_answered_with_activity_json() {
        HttpResponse<String> response = instance.get("/users/alice", "Accept", "application/json");
        assertEquals("application/activity+json; charset=utf-8", contentType(response));
        assertEquals("Person", parse(response.body()).get("type").asText());
    }

    @Test
    void browsers_get_the_profile_page() {
        HttpResponse<String> response = instance.get("/users/alice", "Accept", "text/html,application/xhtml+xml");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/html"));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        assertTrue(response.body().contains("@alice@" + instance.domain()));
    }

    @Test
    void no_accept_header_gets_the_profile_page() {
        HttpResponse<String> response = instance.get("/users/alice");
        assertEquals(200, response.statusCode());
        assertTrue(contentType(response).startsWith("text/html"));
        assertTrue(response.body().contains("<html"));
    }

    @Test
    void unknown_user_is_404_json_for_activity_clients() {
        HttpResponse<String> response = instance.get("/users/nobody", "Accept", AS_JSON);
        assertEquals(404, response.statusCode());
        assertTrue(contentType(response).startsWith("application/json"));
        assertTrue(parse(response.body()).get("error").asText().contains("nobody"));
    }

    @Test
    void unknown_user_is_404_html_for_browsers() {
        HttpResponse<String> response = instance.get("/users/nobody", "Accept", "text/html");
        assertEquals(404, response.statusCode());
        assertTrue(contentType(response).startsWith("text/html"));
    }

    @Test
    void absurd_usernames_are_404_not_errors() {
        for (String name : List.of("x".repeat(5000), "%E2%80%AE", "alice%00", "..", "a%2Fb")) {
            HttpResponse<String> response = instance.get("/users/" + name, "Accept", AS_JSON);
            assertTrue(response.statusCode() == 404 || response.statusCode() == 400, name + " " + response.statusCode());
            HttpResponse<String> outbox = instance.get("/users/" + name + "/outbox?page=true", "Accept", AS_JSON);
            assertTrue(outbox.statusCode() == 404 || outbox.statusCode() == 400, name + " " + outbox.statusCode());
        }
    }

    @Test
    void deleted_fellow_is_410_in_json_and_html() {
        HttpResponse<String> json = instance.get("/users/dora", "Accept", AS_JSON);
        assertEquals(410, json.statusCode());
        assertTrue(parse(json.body()).has("error"));
        HttpResponse<String> html = instance.get("/users/dora", "Accept", "text/html");
        assertEquals(410, html.statusCode());
        assertTrue(contentType(html).startsWith("text/html"));
    }

    @Test
    void instance_actor_is_an_application_named_after_the_domain() {
        HttpResponse<String> response = instance.get("/actor", "Accept", AS_JSON);
        assertEquals(200, response.statusCode());
        assertEquals("application/activity+json; charset=utf-8", contentType(response));
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
        JsonNode doc = parse(response.body());
        String actor = instance.base() + "/actor";
        assertEquals("https://www.w3.org/ns/activitystreams", doc.get("@context").get(0).asText());
        assertEquals(actor, doc.get("id").asText());
        assertEquals("Application", doc.get("type").asText());
        assertEquals(instance.domain(), doc.get("preferredUsername").asText());
        assertEquals(actor + "/inbox", doc.get("inbox").asText());
        assertEquals(actor + "/outbox", doc.get("outbox").asText());
        assertEquals(instance.base() + "/inbox", doc.get("endpoints").get("sharedInbox").asText());
        assertEquals(instance.base() + "/", doc.get("url").asText());
        assertTrue(doc.get("manuallyApprovesFollowers").asBoolean());
        assertEquals(actor + "#main-key", doc.get("publicKey").get("id").asText());
        assertEquals(actor, doc.get("publicKey").get("owner").asText());
        KeyMaterial.publicKeyFromPem(doc.get("publicKey").get("publicKeyPem").asText());
    }

    @Test
    void instance_actor_sends_browsers_to_the_home_page() {
        HttpResponse<String> response = instance.get("/actor", "Accept", "text/html");
        assertEquals(303, response.statusCode());
        assertEquals(instance.base() + "/", response.headers().firstValue("Location").orElse(""));
    }

    @Test
    void instance_actor_is_not_served_as_a_fellow() {
        HttpResponse<String> response = instance.get("/users/" + instance.domain(), "Accept", AS_JSON);
        assertEquals(404, response.statusCode());
    }

    @Test
    void no_served_document_contains_private_key_material() {
        for (String path : List.of("/users/alice", "/users/carol", "/actor", "/users/alice/outbox",
                "/users/alice/outbox?page=true", "/users/alice/followers", "/users/alice/followers?page=true",
                "/users/alice/following", "/users/alice/following?page=true", "/users/alice/collections/featured",
                "/users/alice/collections/tags", "/actor/outbox", "/actor/outbox?page=true")) {
            for (String accept : List.of(AS_JSON, LD_JSON, "text/html")) {
                HttpResponse<String> response = instance.get(path, "Accept", accept);
                assertTrue(response.statusCode() == 200 || response.statusCode() == 303, path + " " + accept);
                assertFalse(response.body().contains("PRIVATE"), path + " " + accept);
            }
        }
    }

    static String contentType(HttpResponse<String> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }
}
