package org.bureaucrathackers.fellowship.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.signature.ObjectProofs;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.store.JooqStatusStore;
import org.bureaucrathackers.fellowship.store.TableCounts;
import org.bureaucrathackers.fellowship.testing.Payloads;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Object integrity proofs (FEP-8b32) on activities POSTed over real HTTP to a running instance: a proof that
 * holds authenticates the document, even when another server forwards it (FW2); one that does not, or one made
 * with a key the actor does not own, refuses the request with 401 and leaves nothing stored.
 */
class ObjectProofInboxTest {

    private static final ObjectProofs PROOFS = new ObjectProofs(Clock.systemUTC());

    static TestPeer peer;
    static TestInstance instance;
    static PeerActor ann;
    static PeerActor eve;
    static PeerActor relay;
    static Account bob;
    static Status bobsPost;

    @BeforeAll
    static void start() {
        peer = TestPeer.start();
        instance = TestInstance.start(peer.resolverOrSystem());
        ann = PeerActor.serve(peer, "ann.example", "ann");
        ann.publishAssertionMethod();
        eve = PeerActor.serve(peer, "eve.example", "eve");
        eve.publishAssertionMethod();
        relay = PeerActor.serve(peer, "relay.example", "relay");
        bob = instance.createFellow("bob");
        bobsPost = instance.posts().post(bob, NewPost.publicText("Who has filled in form 27B/6 lately?"));
    }

    @AfterAll
    static void stop() {
        instance.close();
        peer.close();
    }

    /** A reply by ann to bob's post, mentioning him: something this instance keeps. */
    private static ObjectNode annsReply(String html) {
        ObjectNode note = ann.note(html, bob.uri());
        note.put("inReplyTo", bobsPost.uri());
        return ann.create(note);
    }

    private static HttpResponse<String> post(SigningKey httpKey, ObjectNode activity) {
        HttpResponse<String> response = SignedInbox.post(instance, "/inbox", httpKey, Json.write(activity));
        instance.inboxWorker().drain();
        return response;
    }

    private static boolean stored(String noteId) {
        return new JooqStatusStore(instance.database()).findByUri(noteId).isPresent();
    }

    /** Posts and checks the status and that no activity table gained a row. */
    private static HttpResponse<String> refused(int status, SigningKey httpKey, ObjectNode activity) {
        instance.inboxWorker().drain();
        Map<String, Integer> before = TableCounts.of(instance.database());
        HttpResponse<String> response = post(httpKey, activity);
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(before, TableCounts.of(instance.database()), "nothing is stored");
        return response;
    }

    @Test
    void an_activity_with_a_valid_proof_by_its_actor_is_accepted() {
        ObjectNode create = annsReply("<p>I did, in triplicate.</p>");
        HttpResponse<String> response = post(ann.signingKey(), PROOFS.sign(create, ann.proofKey()));
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(stored(create.get("object").get("id").asText()));
    }

    @Test
    void an_activity_whose_proof_does_not_verify_is_refused_with_401_and_nothing_is_stored() {
        ObjectNode create = annsReply("<p>I did, in triplicate.</p>");
        ObjectNode signed = PROOFS.sign(create, ann.proofKey());
        ((ObjectNode) signed.get("object")).put("content", "<p>I did, in quadruplicate.</p>");
        HttpResponse<String> response = refused(401, ann.signingKey(), signed);
        assertTrue(response.body().contains("does not verify"), response.body());
        assertTrue(!stored(create.get("object").get("id").asText()));
    }

    @Test
    void a_proof_made_with_a_key_the_actor_does_not_own_is_refused_with_401() {
        ObjectNode create = annsReply("<p>Signed by someone else.</p>");
        HttpResponse<String> response = refused(401, ann.signingKey(), PROOFS.sign(create, eve.proofKey()));
        assertTrue(response.body().contains("does not own"), response.body());
    }

    @Test
    void a_proof_made_with_a_key_outside_the_actors_assertion_method_is_refused_with_401() {
        SigningKey rsaAsProofKey = new SigningKey(ann.keyId(), ann.proofKey().privateKey());
        ObjectNode create = annsReply("<p>Signed with a publicKey.</p>");
        HttpResponse<String> response = refused(401, ann.signingKey(), PROOFS.sign(create, rsaAsProofKey));
        assertTrue(response.body().contains("assertionMethod"), response.body());
    }

    @Test
    void a_forwarded_reply_with_the_authors_proof_is_accepted() {
        // The note is not served at its id: only the proof can make the forwarded copy believable.
        ObjectNode create = annsReply("<p>Forwarded, with my proof.</p>");
        HttpResponse<String> response = post(relay.signingKey(), PROOFS.sign(create, ann.proofKey()));
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(stored(create.get("object").get("id").asText()));
    }

    @Test
    void a_forwarded_reply_without_a_proof_is_believed_only_from_its_origin() {
        ObjectNode create = annsReply("<p>Forwarded, without a proof.</p>");
        HttpResponse<String> response = post(relay.signingKey(), create);
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(!stored(create.get("object").get("id").asText()), "the embedded copy was not believed");
    }

    @Test
    void a_forwarded_follow_without_a_proof_is_refused_with_a_reason() {
        ObjectNode follow = ann.activity("Follow", bob.uri());
        HttpResponse<String> response = refused(401, relay.signingKey(), follow);
        assertTrue(response.body().contains("no valid object proof by the actor"), response.body());
    }

    @Test
    void a_fedify_shaped_create_with_its_proof_and_a_later_ld_signature_is_accepted_even_when_forwarded() {
        // Fedify 2.3.6's recorded Create, moved to ann's server, proved by ann, then given an LD signature block.
        String recorded = Payloads.fixture("fedify/2.3.6/create-note-with-proof-and-ld-signature.json")
                .replace("http://127.0.0.1:19510/users/bob", ann.uri())
                .replace("http://127.0.0.1:19399/users/cap", bob.uri())
                .replace("http://127.0.0.1:19510", ann.origin());
        ObjectNode create = (ObjectNode) PeerActor.parse(recorded);
        ObjectNode ldSignature = (ObjectNode) create.remove("signature");
        create.remove("proof");
        ObjectNode signed = PROOFS.sign(create, ann.proofKey());
        signed.set("signature", ldSignature);

        HttpResponse<String> response = post(relay.signingKey(), signed);
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(stored(create.get("object").get("id").asText()));
    }

    @Test
    void an_embedded_object_with_a_proof_by_its_author_is_accepted() {
        ObjectNode create = annsReply("<p>My note carries its own proof.</p>");
        create.set("object", PROOFS.sign((ObjectNode) create.get("object"), ann.proofKey()));
        HttpResponse<String> response = post(ann.signingKey(), create);
        assertEquals(202, response.statusCode(), response.body());
        assertTrue(stored(create.get("object").get("id").asText()));
    }

    @Test
    void an_embedded_object_with_a_proof_by_someone_other_than_its_author_is_refused_with_401() {
        ObjectNode create = annsReply("<p>My note, proved by eve.</p>");
        create.set("object", PROOFS.sign((ObjectNode) create.get("object"), eve.proofKey()));
        HttpResponse<String> response = refused(401, ann.signingKey(), create);
        assertTrue(response.body().contains("not by its author"), response.body());
    }

    @Test
    void a_forwarded_activity_with_a_broken_proof_is_refused_with_401() {
        ObjectNode signed = PROOFS.sign(annsReply("<p>Tampered on the way.</p>"), ann.proofKey());
        ((ObjectNode) signed.get("object")).put("content", "<p>Tampered on the way!</p>");
        refused(401, relay.signingKey(), signed);
    }
    @Test
    void an_accept_embedding_our_own_follow_rewritten_by_the_peer_is_accepted_despite_its_stale_proof() throws Exception {
        Account annHere = instance.remoteActors().resolve(ann.uri());
        org.bureaucrathackers.fellowship.follow.Follow follow = instance.follows().follow(bob, annHere);
        // As Fedify answers: our Follow embedded with its actor replaced by our whole Person, our proof still on it.
        ObjectNode ours = Json.object();
        ours.put("id", follow.uri());
        ours.put("type", "Follow");
        ours.put("actor", bob.uri());
        ours.put("object", ann.uri());
        ObjectNode embedded = PROOFS.sign(ours, new SigningKey(bob.uri() + "#ed25519-key",
                ann.proofKey().privateKey()));
        embedded.set("actor", Json.MAPPER.readTree(instance.get("/users/bob", "Accept", "application/activity+json").body()));
        ObjectNode accept = ann.activity("Accept", embedded);

        HttpResponse<String> response = post(ann.signingKey(), accept);

        assertEquals(202, response.statusCode(), response.body());
        assertEquals(org.bureaucrathackers.fellowship.follow.Follow.State.ACCEPTED,
                new org.bureaucrathackers.fellowship.store.JooqFollowStore(instance.database())
                        .find(bob.id(), annHere.id()).orElseThrow().state());
    }
}
