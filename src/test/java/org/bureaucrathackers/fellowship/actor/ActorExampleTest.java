package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.Test;

/** The published example actor must be exactly what the code produces for the same fellow, profile and keys. */
class ActorExampleTest {

    static final Path EXAMPLE = Path.of("federation-specs", "examples", "actor.json");

    @Test
    void example_actor_document_is_what_the_code_produces() throws IOException {
        JsonNode example = Json.MAPPER.readTree(Files.readString(EXAMPLE));
        String pem = example.get("publicKey").get("publicKeyPem").asText();
        String multibase = example.get("assertionMethod").get(0).get("publicKeyMultibase").asText();

        LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
        Instant joined = Instant.parse(example.get("published").asText());
        Account alice = new Account(1, "alice", "", uris.actor("alice"), uris.profile("alice"),
                Account.ActorType.Person, "Alice", "<p>Service designer at the Ministry.</p>", false, true, true,
                null, null, uris.inbox("alice"), uris.sharedInbox(), uris.outbox("alice"), uris.followers("alice"),
                uris.following("alice"), uris.featured("alice"), joined, joined, null,
                List.of(new ProfileField("Team", "Digital Service")));
        List<StoredKey> keys = List.of(
                new StoredKey(uris.mainKey("alice"), 1, StoredKey.KeyType.RSA, pem, null),
                new StoredKey(uris.ed25519Key("alice"), 1, StoredKey.KeyType.ED25519, multibase, null));

        // Served documents carry an object proof (FEP-8b32), and the context that defines it.
        com.fasterxml.jackson.databind.node.ObjectNode produced = new ActorDocuments(uris).person(alice, keys,
                new FellowProfile("Ministry of Digital Affairs", OrganisationType.GOVERNMENT, "Service designer", "EE",
                        GovernmentLevel.NATIONAL, "public-services", List.of("opendata", "permits"),
                        "Every permit decided within a day."));
        ((com.fasterxml.jackson.databind.node.ArrayNode) produced.get("@context"))
                .insert(4, org.bureaucrathackers.fellowship.signature.ObjectProofs.DATA_INTEGRITY_CONTEXT);
        com.fasterxml.jackson.databind.node.ObjectNode unproved = example.deepCopy();
        JsonNode proof = unproved.remove("proof");
        assertEquals(unproved, produced);
        assertEquals(uris.ed25519Key("alice"), proof.get("verificationMethod").asText());
        assertEquals("eddsa-jcs-2022", proof.get("cryptosuite").asText());
    }

    @Test
    void example_keys_are_real_keys() throws IOException {
        JsonNode example = Json.MAPPER.readTree(Files.readString(EXAMPLE));
        RSAPublicKey rsa = (RSAPublicKey) KeyMaterial.publicKeyFromPem(
                example.get("publicKey").get("publicKeyPem").asText());
        assertEquals(2048, rsa.getModulus().bitLength());
        KeyMaterial.ed25519FromMultibase(example.get("assertionMethod").get(0).get("publicKeyMultibase").asText());
    }
}
