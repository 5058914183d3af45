package org.bureaucrathackers.fellowship.interop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.interop.FedifyPeer.FedifyActor;
import org.junit.jupiter.api.Test;

/**
 * A real Fedify 2.3 server acts and Fellowship receives: follow (and the Accept back), posts, replies, mentions,
 * likes, boosts, edits, deletes, profile updates, unfollows and blocks, each driven over HTTP and checked in
 * Fellowship's client API. Fedify signs with RFC 9421 first; each test checks that Fellowship took it at once.
 */
class FedifyToFellowshipTest extends FedifyInterop {

    @Test
    void fedify_follows_a_fellow_and_receives_the_accept() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");

        follow(bob, alice);

        JsonNode followers = ok(alice.api().get("/api/v1/accounts/"
                + ok(alice.api().get("/api/v1/accounts/verify_credentials")).get("id").asText() + "/followers"));
        assertEquals(bob.handle(), followers.get(0).get("acct").asText());
        JsonNode accept = peer.awaitReceived("the Accept", FedifyInterop::pump,
                r -> "Accept".equals(r.path("type").asText()) && alice.actorId().equals(r.path("actor").asText()));
        assertEquals("Accept", accept.path("handledBy").asText(), "Fedify's Accept listener took it: " + accept);
        assertEquals(202, accept.path("status").asInt(), accept.toString());
    }

    @Test
    void once_fedify_has_signed_to_us_with_rfc9421_we_sign_to_it_with_rfc9421_and_it_verifies() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");

        follow(bob, alice);

        JsonNode accept = peer.awaitReceived("the Accept", FedifyInterop::pump,
                r -> "Accept".equals(r.path("type").asText()) && alice.actorId().equals(r.path("actor").asText())
                        && !r.path("status").isNull());
        assertEquals("rfc9421", accept.path("scheme").asText(), "Fellowship's first knock: " + accept);
        assertEquals("verified", accept.path("httpSignature").asText(), "Fedify's RFC 9421 verifier: " + accept);
        assertEquals(202, accept.path("status").asInt(), accept.toString());
        String id = accept.path("id").asText();
        assertEquals(1, peer.received().stream().filter(r -> id.equals(r.path("id").asText())).count(),
                "one POST, no second knock: " + FedifyPeer.summary(peer.received()));
    }

    @Test
    void fedify_fetches_a_fellow_with_an_rfc9421_signed_get_taken_at_the_first_knock() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        int sent = peer.sent().size();

        JsonNode fetched = peer.control("/control/lookup", Map.of("actor", bob.username(), "url", alice.actorId()));

        assertTrue(fetched.path("found").asBoolean(), fetched.toString());
        assertEquals(alice.actorId(), fetched.at("/document/id").asText());
        List<JsonNode> gets = peer.sent().stream().skip(sent)
                .filter(s -> alice.actorId().equals(s.path("url").asText())).toList();
        assertEquals(1, gets.size(), "one GET, no second knock: " + gets);
        assertEquals("rfc9421", gets.get(0).path("scheme").asText());
        assertEquals(200, gets.get(0).path("status").asInt());
    }

    @Test
    void fedify_posts_and_a_following_fellow_reads_it_at_home() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        follow(alice, bob);
        int sent = peer.sent().size();

        JsonNode note = peer.control("/control/post", Map.of("actor", bob.username(),
                "content", "<p>Our permit form now fits on one page</p>"));

        until("the post reaches alice's home timeline", () -> home(alice).stream()
                .anyMatch(status -> note.get("id").asText().equals(status.path("uri").asText())));
        JsonNode status = home(alice).stream()
                .filter(s -> note.get("id").asText().equals(s.path("uri").asText())).findFirst().orElseThrow();
        assertTrue(status.get("content").asText().contains("fits on one page"), status.toString());
        assertEquals(bob.handle(), status.at("/account/acct").asText());
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
    }

    @Test
    void fedify_followers_only_posts_reach_a_following_fellow_as_private() {
        Fellow alice = fellow("alice");
        Fellow carol = fellow("carol");
        FedifyActor bob = fedifyActor("bob");
        follow(alice, bob);
        int sent = peer.sent().size();

        JsonNode note = peer.control("/control/post", Map.of("actor", bob.username(), "visibility", "followers",
                "content", "<p>Followers only: next week's service review</p>"));

        until("the post reaches alice's home timeline", () -> home(alice).stream()
                .anyMatch(status -> note.get("id").asText().equals(status.path("uri").asText())));
        JsonNode status = home(alice).stream()
                .filter(s -> note.get("id").asText().equals(s.path("uri").asText())).findFirst().orElseThrow();
        assertEquals("private", status.get("visibility").asText());
        assertEquals(404, carol.api().get("/api/v1/statuses/" + status.get("id").asText()).statusCode(),
                "a fellow who does not follow bob cannot read it");
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
    }

    @Test
    void fedify_replies_to_a_fellow_and_mentions_her() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        JsonNode original = ok(alice.api().postJson("/api/v1/statuses",
                Map.of("status", "How do you run user research on a budget?")));
        int sent = peer.sent().size();

        JsonNode reply = peer.control("/control/reply", Map.of("actor", bob.username(),
                "inReplyTo", original.get("uri").asText(),
                "content", "<p><a href=\"" + alice.actorId() + "\" class=\"mention\">@" + alice.username()
                        + "</a> Guerrilla testing in the library</p>",
                "mentions", List.of(Map.of("href", alice.actorId(),
                        "name", "@" + alice.username() + "@" + fellowship.domain()))));

        until("the reply shows in the thread", () -> ok(alice.api().get("/api/v1/statuses/"
                + original.get("id").asText() + "/context")).get("descendants").size() == 1);
        JsonNode descendant = ok(alice.api().get("/api/v1/statuses/" + original.get("id").asText() + "/context"))
                .get("descendants").get(0);
        assertEquals(reply.get("id").asText(), descendant.get("uri").asText());
        assertEquals(original.get("id").asText(), descendant.get("in_reply_to_id").asText());
        until("alice is notified of the mention", () -> notifications(alice, "mention").stream()
                .anyMatch(n -> reply.get("id").asText().equals(n.at("/status/uri").asText())));
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
    }

    @Test
    void fedify_likes_and_boosts_a_fellows_post() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        JsonNode post = ok(alice.api().postJson("/api/v1/statuses",
                Map.of("status", "We published our procurement playbook")));
        int sent = peer.sent().size();

        peer.control("/control/like", Map.of("actor", bob.username(), "object", post.get("uri").asText()));
        peer.control("/control/announce", Map.of("actor", bob.username(), "object", post.get("uri").asText()));

        until("the like and the boost are counted", () -> {
            JsonNode status = ok(alice.api().get("/api/v1/statuses/" + post.get("id").asText()));
            return status.get("favourites_count").asInt() == 1 && status.get("reblogs_count").asInt() == 1;
        });
        until("alice is notified of both", () -> !notifications(alice, "favourite").isEmpty()
                && !notifications(alice, "reblog").isEmpty());
        assertEquals(bob.handle(), notifications(alice, "favourite").get(0).at("/account/acct").asText());
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
    }

    @Test
    void fedify_edits_and_then_deletes_its_post() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        follow(alice, bob);
        JsonNode note = peer.control("/control/post", Map.of("actor", bob.username(),
                "content", "<p>Draft guidance on open meetings</p>"));
        String noteId = note.get("id").asText();
        until("the post arrives", () -> fellowship.posts().find(noteId).isPresent());
        String statusId = Long.toString(fellowship.posts().find(noteId).orElseThrow().id());
        int sent = peer.sent().size();

        peer.control("/control/update-note", Map.of("actor", bob.username(), "note", noteId,
                "content", "<p>Final guidance on open meetings</p>"));
        until("the edit arrives", () -> ok(alice.api().get("/api/v1/statuses/" + statusId))
                .get("content").asText().contains("Final guidance"));
        assertFalse(ok(alice.api().get("/api/v1/statuses/" + statusId)).get("edited_at").isNull());

        peer.control("/control/delete", Map.of("actor", bob.username(), "note", noteId));
        until("the post is gone", () -> alice.api().get("/api/v1/statuses/" + statusId).statusCode() == 404);
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
    }

    @Test
    void fedify_updates_its_profile_and_fellowship_shows_the_new_name() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        String bobId = follow(alice, bob);
        int sent = peer.sent().size();

        peer.control("/control/update-profile", Map.of("actor", bob.username(),
                "name", "Bob of the Digital Service", "summary", "<p>Forms, fewer of them</p>"));

        until("the new name shows", () -> "Bob of the Digital Service".equals(
                ok(alice.api().get("/api/v1/accounts/" + bobId)).get("display_name").asText()));
        assertTrue(ok(alice.api().get("/api/v1/accounts/" + bobId)).get("note").asText().contains("fewer of them"));
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
    }

    @Test
    void fedify_unfollows_a_fellow() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        follow(bob, alice);
        String aliceAccount = ok(alice.api().get("/api/v1/accounts/verify_credentials")).get("id").asText();
        int sent = peer.sent().size();

        peer.control("/control/unfollow", Map.of("actor", bob.username(), "target", alice.actorId()));

        until("alice has no follower left", () -> ok(alice.api().get("/api/v1/accounts/" + aliceAccount
                + "/followers")).isEmpty());
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
    }

    @Test
    void fedify_blocks_a_fellow() {
        Fellow alice = fellow("alice");
        FedifyActor bob = fedifyActor("bob");
        String bobId = findAccount(alice, bob.handle()).get("id").asText();
        int sent = peer.sent().size();

        peer.control("/control/block", Map.of("actor", bob.username(), "target", alice.actorId()));

        until("alice sees she is blocked", () -> relationship(alice, bobId).get("blocked_by").asBoolean());
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
    }

    /**
     * FW2 with FEP-8b32: carol's reply reaches Fellowship only as dave forwards it (Fedify's forwardActivity keeps
     * carol's proof and signs the request as dave). Fellowship believes it on carol's proof, so it never asks
     * carol's server for the note.
     */
    @Test
    void fellowship_believes_a_forwarded_fedify_reply_on_its_proof_without_asking_the_origin() {
        Fellow alice = fellow("alice");
        FedifyActor carol = fedifyActor("carol");
        FedifyActor dave = fedifyActor("dave");
        JsonNode original = ok(alice.api().postJson("/api/v1/statuses",
                Map.of("status", "Which councils publish their bin schedules as open data?")));
        peer.control("/control/forward", Map.of("actor", dave.username(), "from", carol.id(), "to", alice.actorId()));
        int sent = peer.sent().size();
        int incoming = peer.incoming().size();

        JsonNode reply = peer.control("/control/reply", Map.of("actor", carol.username(),
                "inReplyTo", original.get("uri").asText(), "content", "<p>Ours does, as iCalendar</p>",
                "recipients", List.of(dave.id())));

        until("the forwarded reply shows in the thread", () -> ok(alice.api().get("/api/v1/statuses/"
                + original.get("id").asText() + "/context")).get("descendants").size() == 1);
        assertFedifyPostedToFellowshipWithRfc9421Only(sent);
        String notePath = URI.create(reply.get("id").asText()).getPath();
        List<JsonNode> refetches = peer.incoming().stream().skip(incoming)
                .filter(request -> request.path("path").asText().startsWith(notePath)).toList();
        assertTrue(refetches.isEmpty(), "Fellowship fetched the note instead of verifying the proof: " + refetches);
    }

    private static List<JsonNode> home(Fellow fellow) {
        List<JsonNode> statuses = new ArrayList<>();
        ok(fellow.api().get("/api/v1/timelines/home")).forEach(statuses::add);
        return statuses;
    }

    private static List<JsonNode> notifications(Fellow fellow, String type) {
        List<JsonNode> found = new ArrayList<>();
        ok(fellow.api().get("/api/v1/notifications?types[]=" + type)).forEach(found::add);
        return found;
    }
}
