package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a remote server does to find a fellow: WebFinger the handle, fetch the self link unsigned, then
 * fetch the key id and check the key belongs to the actor — and that the key verifies our signatures.
 */
class DiscoveryRoundTripTest {

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        instance.createFellow("alice");
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void webfinger_leads_to_the_actor_and_its_key_verifies_the_fellows_signatures() throws Exception {
        String resource = URLEncoder.encode("acct:alice@" + instance.domain(), StandardCharsets.UTF_8);
        HttpResponse<String> finger = instance.get("/.well-known/webfinger?resource=" + resource,
                "Accept", "application/jrd+json, application/json");
        assertEquals(200, finger.statusCode());
        JsonNode jrd = Json.MAPPER.readTree(finger.body());
        String self = null;
        for (JsonNode link : jrd.path("links")) {
            if ("self".equals(link.path("rel").asText()) && "application/activity+json".equals(link.path("type").asText())) {
                self = link.path("href").asText();
            }
        }
        assertEquals(instance.base() + "/users/alice", self);

        HttpResponse<String> actorResponse = instance.get(self, "Accept", "application/activity+json");
        assertEquals(200, actorResponse.statusCode());
        JsonNode actor = Json.MAPPER.readTree(actorResponse.body());
        assertEquals(self, actor.path("id").asText(), "the self link loops back to the actor id (D3)");
        assertEquals("acct:" + actor.path("preferredUsername").asText() + "@" + instance.domain(),
                jrd.path("subject").asText(), "subject matches preferredUsername (D4)");

        String keyId = actor.path("publicKey").path("id").asText();
        assertTrue(keyId.startsWith(self + "#"), keyId);
        String keyDocumentUrl = keyId.substring(0, keyId.indexOf('#'));
        HttpResponse<String> keyResponse = instance.get(keyDocumentUrl, "Accept", "application/activity+json");
        assertEquals(200, keyResponse.statusCode(), "the key document is fetchable without a signature");
        JsonNode key = Json.MAPPER.readTree(keyResponse.body()).path("publicKey");
        assertEquals(keyId, key.path("id").asText());
        assertEquals(self, key.path("owner").asText());

        PublicKey publicKey = KeyMaterial.publicKeyFromPem(key.path("publicKeyPem").asText());
        Account alice = instance.fellows().findLocal("alice").orElseThrow();
        String privatePem = instance.accountKeys(alice.id()).stream()
                .filter(k -> k.keyId().equals(keyId)).findFirst().orElseThrow().privateKeyPem();
        byte[] message = "(request-target): post /inbox".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(KeyMaterial.privateKeyFromPem(privatePem, "RSA"));
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(publicKey);
        verifier.update(message);
        assertTrue(verifier.verify(signature), "the published key is the pair of the fellow's signing key");

        String ed = actor.path("assertionMethod").get(0).path("publicKeyMultibase").asText();
        assertEquals("Ed25519", KeyMaterial.ed25519FromMultibase(ed).getAlgorithm());
    }
}
