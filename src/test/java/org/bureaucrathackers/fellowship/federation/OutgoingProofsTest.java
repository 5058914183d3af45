package org.bureaucrathackers.fellowship.federation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.signature.DataIntegrityProof;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.ObjectProofs;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What we serve and deliver carries an object integrity proof (FEP-8b32) that a receiver can check the way
 * Fedify does: with the key our actor document lists under assertionMethod, its controller being the actor.
 */
class OutgoingProofsTest {

    private static final ObjectProofs PROOFS = new ObjectProofs(Clock.systemUTC());

    static TestPeer peer;
    static TestInstance instance;
    static Account alice;
    static Status post;

    @BeforeAll
    static void start() {
        peer = TestPeer.start();
        instance = TestInstance.start(peer.resolverOrSystem());
        alice = instance.createFellow("alice");
        post = instance.posts().post(alice, NewPost.publicText("Form 27B/6, now in one page."));
    }

    @AfterAll
    static void stop() {
        instance.close();
        peer.close();
    }

    private static JsonNode getActivityJson(String url) {
        HttpResponse<String> response = instance.get(url, "Accept", "application/activity+json");
        assertEquals(200, response.statusCode(), response.body());
        return PeerActor.parse(response.body());
    }

    /** Checks the proof as a receiver would, with the key alice's actor document publishes. */
    private static void assertProvedByAlice(JsonNode document) throws Exception {
        assertTrue(document.get("@context").toString().contains(ObjectProofs.DATA_INTEGRITY_CONTEXT),
                "the context defines proof: " + document.get("@context"));
        List<DataIntegrityProof> proofs = PROOFS.proofsOf(document);
        assertEquals(1, proofs.size(), document.toString());
        DataIntegrityProof proof = proofs.get(0);
        JsonNode actor = getActivityJson(alice.uri());
        JsonNode key = null;
        for (JsonNode candidate : actor.get("assertionMethod")) {
            if (candidate.get("id").asText().equals(proof.verificationMethod())) {
                key = candidate;
            }
        }
        assertTrue(key != null, proof.verificationMethod() + " is in alice's assertionMethod");
        assertEquals(alice.uri(), key.get("controller").asText());
        assertTrue(PROOFS.verifies(document, proof, KeyMaterial.ed25519FromMultibase(
                key.get("publicKeyMultibase").asText())), "the proof verifies");
        assertEquals(document.get("@context"), document.get("proof").get("@context"));

        ObjectNode changed = document.deepCopy();
        changed.put("id", document.get("id").asText() + "x");
        assertFalse(PROOFS.verifies(changed, proof, KeyMaterial.ed25519FromMultibase(
                key.get("publicKeyMultibase").asText())), "a changed document fails");
    }

    @Test
    void our_served_notes_carry_a_proof_by_their_author() throws Exception {
        assertProvedByAlice(getActivityJson(post.uri()));
    }

    @Test
    void our_served_create_activities_carry_a_proof_by_their_actor() throws Exception {
        JsonNode create = getActivityJson(post.uri() + "/activity");
        assertEquals("Create", create.get("type").asText());
        assertProvedByAlice(create);
    }

    @Test
    void our_delivered_activities_carry_a_proof_by_their_actor() throws Exception {
        PeerActor zed = PeerActor.serve(peer, "social.example", "zed");
        Account zedHere = instance.remoteActors().resolve(zed.uri());
        instance.follows().follow(alice, zedHere);
        Await.until("zed receives the Follow", () -> !zed.received("Follow").isEmpty());

        assertProvedByAlice(zed.received("Follow").get(0));
    }
    @Test
    void our_served_actor_document_carries_a_proof_by_its_own_key() throws Exception {
        assertProvedByAlice(getActivityJson(alice.uri()));
    }

    @Test
    void our_served_collections_carry_a_proof_by_their_owner() throws Exception {
        for (String path : List.of("/outbox", "/outbox?page=true", "/followers", "/followers?page=true",
                "/following", "/collections/featured", "/collections/tags")) {
            assertProvedByAlice(getActivityJson(alice.uri() + path));
        }
        assertProvedByAlice(getActivityJson(post.uri() + "/replies"));
    }

    @Test
    void the_instance_actor_and_the_hashtag_collection_carry_a_proof_by_the_instance_actor() throws Exception {
        JsonNode actor = getActivityJson("/actor");
        DataIntegrityProof proof = PROOFS.proofsOf(actor).get(0);
        JsonNode key = null;
        for (JsonNode candidate : actor.get("assertionMethod")) {
            if (candidate.get("id").asText().equals(proof.verificationMethod())) {
                key = candidate;
            }
        }
        assertTrue(key != null, proof.verificationMethod() + " is in the instance actor's assertionMethod");
        java.security.PublicKey publicKey = KeyMaterial.ed25519FromMultibase(key.get("publicKeyMultibase").asText());
        assertTrue(PROOFS.verifies(actor, proof, publicKey), "the instance actor's proof verifies");

        instance.posts().post(alice, NewPost.publicText("Waivers, explained #waivers"));
        JsonNode tag = getActivityJson("/tags/waivers");
        DataIntegrityProof tagProof = PROOFS.proofsOf(tag).get(0);
        assertEquals(proof.verificationMethod(), tagProof.verificationMethod());
        assertTrue(PROOFS.verifies(tag, tagProof, publicKey), "the hashtag collection's proof verifies");
    }
}
