package org.bureaucrathackers.fellowship.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bureaucrathackers.fellowship.testing.ActivityPubFixtures;
import org.junit.jupiter.api.Test;

class ObjectProofsTest {

    /** The FEP-8b32 test key (fep/8b32/fep-8b32.feature): multibase Ed25519 secret key, multicodec 0x8026. */
    private static final String FEP_SECRET_KEY = "z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq";
    private static final String FEP_PUBLIC_KEY = "z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2";
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-12-07T01:02:03.456789Z"), ZoneOffset.UTC);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectProofs proofs = new ObjectProofs(NOW);

    @Test
    void the_fep_test_vector_verifies_with_the_published_key() throws Exception {
        JsonNode signed = ActivityPubFixtures.tree("fep/8b32-signed-create.json", "");
        List<DataIntegrityProof> found = proofs.proofsOf(signed);
        assertEquals(1, found.size());
        assertEquals("https://server.example/users/alice#ed25519-key", found.get(0).verificationMethod());
        assertTrue(proofs.verifies(signed, found.get(0), KeyMaterial.ed25519FromMultibase(FEP_PUBLIC_KEY)));
    }

    @Test
    void the_published_public_key_is_the_one_of_the_published_secret_key() {
        byte[] secret = Base58.decode(FEP_SECRET_KEY.substring(1));
        assertEquals(34, secret.length);
        byte[] publicKey = new Ed25519PrivateKeyParameters(Arrays.copyOfRange(secret, 2, 34), 0)
                .generatePublicKey().getEncoded();
        byte[] published = Base58.decode(FEP_PUBLIC_KEY.substring(1));
        assertArrayEquals(publicKey, Arrays.copyOfRange(published, 2, 34));
    }

    @Test
    void one_changed_byte_in_the_fep_vector_fails() throws Exception {
        ObjectNode signed = (ObjectNode) ActivityPubFixtures.tree("fep/8b32-signed-create.json", "");
        ((ObjectNode) signed.get("object")).put("content", "Hello worle");
        DataIntegrityProof proof = proofs.proofsOf(signed).get(0);
        assertFalse(proofs.verifies(signed, proof, KeyMaterial.ed25519FromMultibase(FEP_PUBLIC_KEY)));
    }

    @Test
    void one_changed_byte_in_the_proof_fails() throws Exception {
        ObjectNode signed = (ObjectNode) ActivityPubFixtures.tree("fep/8b32-signed-create.json", "");
        ((ObjectNode) signed.get("proof")).put("created", "2023-02-24T23:36:39Z");
        DataIntegrityProof proof = proofs.proofsOf(signed).get(0);
        assertFalse(proofs.verifies(signed, proof, KeyMaterial.ed25519FromMultibase(FEP_PUBLIC_KEY)));
    }

    @Test
    void a_proof_does_not_verify_with_another_key() throws Exception {
        JsonNode signed = ActivityPubFixtures.tree("fep/8b32-signed-create.json", "");
        PublicKey other = KeyMaterial.generateEd25519().getPublic();
        assertFalse(proofs.verifies(signed, proofs.proofsOf(signed).get(0), other));
        assertFalse(proofs.verifies(signed, proofs.proofsOf(signed).get(0), KeyMaterial.generateRsa().getPublic()));
    }

    @Test
    void the_recorded_fedify_proofs_verify_against_their_recorded_actors() throws Exception {
        for (String version : List.of("1.5.9", "2.3.6")) {
            JsonNode actor = ActivityPubFixtures.tree("fedify/" + version + "/person-with-multikeys.json", "");
            for (String file : List.of("follow-with-proof-and-ld-signature.json",
                    "create-note-with-proof-and-ld-signature.json")) {
                JsonNode signed = ActivityPubFixtures.tree("fedify/" + version + "/" + file, "");
                DataIntegrityProof proof = proofs.proofsOf(signed).get(0);
                PublicKey key = KeyMaterial.ed25519FromMultibase(multikey(actor, proof.verificationMethod()));
                assertTrue(proofs.verifies(signed, proof, key), version + " " + file);
            }
        }
    }

    @Test
    void a_changed_byte_in_a_fedify_activity_fails() throws Exception {
        JsonNode actor = ActivityPubFixtures.tree("fedify/2.3.6/person-with-multikeys.json", "");
        ObjectNode signed = (ObjectNode) ActivityPubFixtures.tree(
                "fedify/2.3.6/create-note-with-proof-and-ld-signature.json", "");
        ObjectNode note = (ObjectNode) signed.get("object");
        note.put("content", note.get("content").asText().replace("practice", "practicf"));
        DataIntegrityProof proof = proofs.proofsOf(signed).get(0);
        assertFalse(proofs.verifies(signed, proof,
                KeyMaterial.ed25519FromMultibase(multikey(actor, proof.verificationMethod()))));
    }

    @Test
    void a_proof_we_make_verifies_and_has_the_shape_fedify_makes() throws Exception {
        KeyPair pair = KeyMaterial.generateEd25519();
        ObjectNode follow = (ObjectNode) MAPPER.readTree("""
                {"@context":["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1",{"x":"as:x"}],
                 "id":"https://a.example/users/ann/follows/1","type":"Follow","actor":"https://a.example/users/ann",
                 "object":"https://b.example/users/bo","count":1.5}
                """);
        ObjectNode signed = proofs.sign(follow, new SigningKey("https://a.example/users/ann#ed25519-key",
                pair.getPrivate()));

        assertEquals(MAPPER.readTree("""
                ["https://www.w3.org/ns/activitystreams","https://w3id.org/security/v1",
                 "https://w3id.org/security/data-integrity/v1",{"x":"as:x"}]
                """), signed.get("@context"));
        JsonNode proof = signed.get("proof");
        assertEquals(signed.get("@context"), proof.get("@context"));
        assertEquals("DataIntegrityProof", proof.get("type").asText());
        assertEquals("eddsa-jcs-2022", proof.get("cryptosuite").asText());
        assertEquals("assertionMethod", proof.get("proofPurpose").asText());
        assertEquals("https://a.example/users/ann#ed25519-key", proof.get("verificationMethod").asText());
        assertEquals("2026-12-07T01:02:03Z", proof.get("created").asText());
        assertTrue(proofs.verifies(signed, proofs.proofsOf(signed).get(0), pair.getPublic()));
        assertFalse(follow.has("proof"), "the unsigned document is left as it was");

        signed.put("object", "https://b.example/users/bp");
        assertFalse(proofs.verifies(signed, proofs.proofsOf(signed).get(0), pair.getPublic()));
    }

    @Test
    void a_proof_made_over_the_document_with_an_ld_signature_added_later_still_verifies() throws Exception {
        KeyPair pair = KeyMaterial.generateEd25519();
        ObjectNode signed = proofs.sign((ObjectNode) MAPPER.readTree(
                "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"https://a.example/1\"}"),
                new SigningKey("https://a.example/users/ann#ed25519-key", pair.getPrivate()));
        signed.putObject("signature").put("type", "RsaSignature2017");
        assertTrue(proofs.verifies(signed, proofs.proofsOf(signed).get(0), pair.getPublic()));
    }

    @Test
    void signing_replaces_an_earlier_proof_and_keeps_the_data_integrity_context_once() throws Exception {
        KeyPair pair = KeyMaterial.generateEd25519();
        SigningKey key = new SigningKey("https://a.example/users/ann#ed25519-key", pair.getPrivate());
        ObjectNode once = proofs.sign((ObjectNode) MAPPER.readTree(
                "{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"https://a.example/1\"}"), key);
        ObjectNode twice = proofs.sign(once, key);
        assertEquals(2, twice.get("@context").size());
        assertTrue(twice.get("proof").isObject());
        assertTrue(proofs.verifies(twice, proofs.proofsOf(twice).get(0), pair.getPublic()));
    }

    @Test
    void malformed_or_expired_proofs_are_invalid_and_other_cryptosuites_are_left_aside() throws Exception {
        ObjectNode signed = (ObjectNode) ActivityPubFixtures.tree("fep/8b32-signed-create.json", "");
        ObjectNode proof = (ObjectNode) signed.get("proof");

        proof.put("proofPurpose", "authentication");
        assertThrows(InvalidProofException.class, () -> proofs.proofsOf(signed));
        proof.put("proofPurpose", "assertionMethod");

        proof.put("expires", "2026-12-07T01:00:00Z");
        assertThrows(InvalidProofException.class, () -> proofs.proofsOf(signed));
        proof.remove("expires");

        String value = proof.get("proofValue").asText();
        proof.put("proofValue", value.substring(0, 40));
        assertThrows(InvalidProofException.class, () -> proofs.proofsOf(signed));
        proof.put("proofValue", "u" + value.substring(1));
        assertThrows(InvalidProofException.class, () -> proofs.proofsOf(signed));
        proof.put("proofValue", value);

        proof.put("cryptosuite", "eddsa-rdfc-2022");
        assertTrue(proofs.proofsOf(signed).isEmpty());
        assertTrue(ObjectProofs.hasProof(signed));
    }

    private static String multikey(JsonNode actor, String keyId) {
        for (JsonNode key : actor.get("assertionMethod")) {
            if (key.get("id").asText().equals(keyId)) {
                return key.get("publicKeyMultibase").asText();
            }
        }
        throw new AssertionError("the actor does not list " + keyId);
    }
}
