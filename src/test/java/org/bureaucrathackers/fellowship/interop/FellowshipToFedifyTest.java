package org.bureaucrathackers.fellowship.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import org.bureaucrathackers.fellowship.delivery.InboxUrls;
import org.bureaucrathackers.fellowship.delivery.SchemeMemory;
import org.bureaucrathackers.fellowship.interop.FedifyPeer.FedifyActor;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.store.JooqSignatureSchemeStore;
import org.junit.jupiter.api.Test;

/**
 * Fellows act through the client API and a real Fedify 2.3 server receives: follow (and Fedify's Accept), posts,
 * replies, mentions, likes, boosts, edits, deletes, profile updates, unfollows, blocks, followers-only posts.
 * Each delivery is checked on the peer: Fedify's listener took it, its HTTP signature verified with the scheme
 * Fellowship's double-knock memory chose, and it took one knock.
 */
class FellowshipToFedifyTest extends FedifyInterop {

    @Test
    void a_fellow_follows_fedify_and_fedify_accepts() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        String expected = schemeWeKnockWith();

        follow(alice, bob);

        JsonNode received = delivered("the Follow", "Follow", alice, expected);
        assertEquals(bob.id(), received.path("object").asText());
        assertEquals("Follow", received.path("handledBy").asText());
        JsonNode state = peer.control("/control/state", Map.of("actor", bob.username()));
        assertEquals(alice.actorId(), state.path("followers").get(0).asText(), state.toString());
    }

    @Test
    void a_fellow_posts_and_her_fedify_follower_receives_it() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        follow(bob, alice);
        String expected = schemeWeKnockWith();

        JsonNode post = ok(alice.api().postJson("/api/v1/statuses",
                Map.of("status", "Our team now publishes every form's usage data")));

        JsonNode create = delivered("the Create", "Create", alice, expected);
        assertEquals(post.get("uri").asText(), create.path("object").asText());
        assertTrue(create.at("/json/object/content").asText().contains("usage data"), create.toString());
    }

    @Test
    void a_fellow_replies_to_a_fedify_post_and_mentions_its_author() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        JsonNode note = peer.control("/control/post", Map.of("actor", bob.username(),
                "content", "<p>Anyone tried plain-language tax letters?</p>"));
        JsonNode found = findStatus(alice, note.get("id").asText());
        String expected = schemeWeKnockWith();

        JsonNode reply = ok(alice.api().postJson("/api/v1/statuses", Map.of(
                "status", "@" + bob.handle() + " We did; complaints fell by a third",
                "in_reply_to_id", found.get("id").asText())));

        JsonNode create = delivered("the reply", "Create", alice, expected);
        assertEquals(reply.get("uri").asText(), create.path("object").asText());
        assertEquals(note.get("id").asText(), create.at("/json/object/inReplyTo").asText());
        boolean mentioned = false;
        for (JsonNode tag : create.at("/json/object/tag")) {
            mentioned |= "Mention".equals(tag.path("type").asText()) && bob.id().equals(tag.path("href").asText());
        }
        assertTrue(mentioned, "the reply mentions bob: " + create.at("/json/object"));
    }

    @Test
    void a_fellow_likes_and_boosts_a_fedify_post() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        JsonNode note = peer.control("/control/post", Map.of("actor", bob.username(),
                "content", "<p>We retired three paper forms this quarter</p>"));
        String statusId = findStatus(alice, note.get("id").asText()).get("id").asText();
        String expected = schemeWeKnockWith();

        ok(alice.api().post("/api/v1/statuses/" + statusId + "/favourite"));
        ok(alice.api().post("/api/v1/statuses/" + statusId + "/reblog"));

        assertEquals(note.get("id").asText(), delivered("the Like", "Like", alice, expected).path("object").asText());
        assertEquals(note.get("id").asText(),
                delivered("the Announce", "Announce", alice, expected).path("object").asText());
    }

    @Test
    void a_fellow_edits_and_then_deletes_a_post_that_mentions_fedify() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        findAccount(alice, bob.handle());
        String expected = schemeWeKnockWith();
        JsonNode post = ok(alice.api().postJson("/api/v1/statuses",
                Map.of("status", "@" + bob.handle() + " draft of the open-data note")));
        delivered("the Create", "Create", alice, expected);

        ok(alice.api().putForm("/api/v1/statuses/" + post.get("id").asText(),
                "status", "@" + bob.handle() + " final open-data note"));
        JsonNode update = delivered("the Update", "Update", alice, expected);
        assertEquals(post.get("uri").asText(), update.path("object").asText());
        assertTrue(update.at("/json/object/content").asText().contains("final open-data note"), update.toString());

        ok(alice.api().delete("/api/v1/statuses/" + post.get("id").asText()));
        JsonNode delete = delivered("the Delete", "Delete", alice, expected);
        assertEquals(post.get("uri").asText(), delete.path("object").asText());
    }

    @Test
    void a_fellow_updates_her_profile_and_her_fedify_follower_hears_of_it() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        follow(bob, alice);
        String expected = schemeWeKnockWith();

        ok(alice.api().patchForm("/api/v1/accounts/update_credentials",
                "display_name", "Alice of Permits", "note", "Fewer forms, better forms"));

        JsonNode update = delivered("the profile Update", "Update", alice, expected);
        assertEquals(alice.actorId(), update.path("object").asText());
        assertEquals("Alice of Permits", update.at("/json/object/name").asText());
    }

    @Test
    void a_fellow_unfollows_fedify() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        String bobId = follow(alice, bob);
        String expected = schemeWeKnockWith();

        ok(alice.api().post("/api/v1/accounts/" + bobId + "/unfollow"));

        JsonNode undo = delivered("the Undo", "Undo", alice, expected);
        assertEquals("Follow", undo.path("objectType").asText(), undo.toString());
        assertEquals("Undo", undo.path("handledBy").asText());
        assertTrue(peer.control("/control/state", Map.of("actor", bob.username())).path("followers").isEmpty());
    }

    @Test
    void a_fellow_blocks_fedify() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        String bobId = findAccount(alice, bob.handle()).get("id").asText();
        String expected = schemeWeKnockWith();

        ok(alice.api().post("/api/v1/accounts/" + bobId + "/block"));

        assertEquals(bob.id(), delivered("the Block", "Block", alice, expected).path("object").asText());
    }

    @Test
    void followers_only_posts_reach_fedify_but_are_not_served_to_it_unsigned() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        follow(bob, alice);
        String expected = schemeWeKnockWith();

        JsonNode post = ok(alice.api().postJson("/api/v1/statuses",
                Map.of("status", "Only for my followers: the budget draft", "visibility", "private")));

        JsonNode create = delivered("the followers-only Create", "Create", alice, expected);
        assertFalse(create.path("json").toString().contains("https://www.w3.org/ns/activitystreams#Public"));
        String uri = post.get("uri").asText();
        HttpResponse<String> unsigned = fellowship.get(uri, "Accept", "application/activity+json");
        assertTrue(unsigned.statusCode() == 401 || unsigned.statusCode() == 404,
                "an unsigned GET answers " + unsigned.statusCode() + ": " + unsigned.body());
        assertFalse(peer.control("/control/lookup", Map.of("url", uri)).path("found").asBoolean(),
                "Fedify's unsigned lookup finds nothing");
    }

    @Test
    void followers_only_posts_are_served_to_a_fedify_follower_who_signs_the_fetch() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        follow(bob, alice);
        JsonNode post = ok(alice.api().postJson("/api/v1/statuses",
                Map.of("status", "For followers: minutes of the data board", "visibility", "private")));

        JsonNode fetched = peer.control("/control/lookup", Map.of("actor", bob.username(), "url",
                post.get("uri").asText()));

        assertTrue(fetched.path("found").asBoolean(), "bob's signed fetch: " + fetched);
        assertTrue(fetched.at("/document/content").asText().contains("data board"), fetched.toString());
    }

    @Test
    void fellowship_activities_carry_a_proof_that_fedify_verifies() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        findAccount(alice, bob.handle());
        String expected = schemeWeKnockWith();

        ok(alice.api().postJson("/api/v1/statuses", Map.of("status", "@" + bob.handle() + " signed twice over")));

        JsonNode create = delivered("the Create", "Create", alice, expected);
        assertEquals("verified", create.path("proof").asText(), "FEP-8b32 proof, checked by Fedify: " + create);
    }

    /**
     * The one inbox POST of {@code type} from {@code fellow}, checked as Fedify saw it: its listener took it, it
     * was answered 202 at the first knock (no second POST of the same activity), and its HTTP signature used
     * {@code scheme} and verified.
     */
    private static JsonNode delivered(String what, String type, Fellow fellow, String scheme) {
        JsonNode received = peer.awaitReceived(what, FedifyInterop::pump, r -> type.equals(r.path("type").asText())
                && fellow.actorId().equals(r.path("actor").asText()) && !r.path("status").isNull());
        String id = received.path("id").asText();
        long knocks = peer.received().stream().filter(r -> id.equals(r.path("id").asText())).count();
        assertEquals(1, knocks, "one POST of " + id + ": " + FedifyPeer.summary(peer.received()));
        assertEquals(202, received.path("status").asInt(), "Fedify's answer: " + received);
        assertTrue(!received.path("handledBy").isNull(), "Fedify's listener took it: " + received);
        assertEquals(scheme, received.path("scheme").asText(), "the scheme Fellowship knocked with");
        assertEquals("verified", received.path("httpSignature").asText(), "Fedify's verifier: " + received);
        return received;
    }

    /** What Fellowship's double-knock memory (S17) says to sign with first at the peer's origin. */
    private static String schemeWeKnockWith() {
        SignatureScheme scheme = new SchemeMemory(new JooqSignatureSchemeStore(fellowship.database()),
                Clock.systemUTC()).firstKnock(InboxUrls.originOf(URI.create(peer.base())));
        return scheme == SignatureScheme.RFC9421 ? "rfc9421" : "draft-cavage";
    }
}
