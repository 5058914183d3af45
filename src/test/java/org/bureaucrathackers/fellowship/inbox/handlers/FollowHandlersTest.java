package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Follow, Accept, Reject and Undo(Follow) received over signed HTTP (F1–F5). */
class FollowHandlersTest {

    private final HandlerRig rig = new HandlerRig();
    private final PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");

    @AfterEach
    void close() {
        rig.close();
    }

    @Test
    void a_follow_of_a_fellow_is_accepted_and_the_accept_names_the_follow() {
        ObjectNode follow = alice.activity("Follow", rig.bob.uri());

        rig.deliver(alice, follow);

        assertTrue(rig.app.follows().isFollowing(rig.account(alice), rig.bob));
        JsonNode accept = rig.awaitReceived(alice, "Accept").get(0);
        assertEquals(rig.bob.uri(), accept.get("actor").asText());
        assertEquals(follow.get("id").asText(), accept.path("object").path("id").asText());
    }

    @Test
    void a_follow_of_a_fellow_who_approves_by_hand_waits_until_approved() {
        rig.approveFollowersByHand(rig.bob);
        Account bob = rig.app.fellows().findLocal("bob").orElseThrow();

        rig.deliver(alice, alice.activity("Follow", bob.uri()));

        Account aliceAccount = rig.account(alice);
        assertFalse(rig.app.follows().isFollowing(aliceAccount, bob));
        assertEquals(1, rig.app.follows().pendingRequests(bob).size());
        assertTrue(rig.app.follows().approve(bob, aliceAccount));
        assertTrue(rig.app.follows().isFollowing(aliceAccount, bob));
        rig.awaitReceived(alice, "Accept");
    }

    @Test
    void a_repeated_follow_is_accepted_again() {
        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));
        rig.awaitReceived(alice, "Accept");

        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));

        Await.until("a second Accept", () -> {
            rig.app.deliveryWorker().wakeUp();
            return alice.received("Accept").size() == 2;
        });
    }

    @Test
    void a_follow_of_the_instance_actor_is_rejected() {
        ObjectNode follow = alice.activity("Follow", rig.app.uris().instanceActor());

        rig.deliver(alice, follow);

        JsonNode reject = rig.awaitReceived(alice, "Reject").get(0);
        assertEquals(follow.get("id").asText(), reject.path("object").path("id").asText());
        assertTrue(rig.app.follows().pendingRequests(rig.app.fellows().instanceActor()).isEmpty());
    }

    @Test
    void a_follow_from_an_actor_the_fellow_blocked_is_rejected() {
        rig.app.blocks().block(rig.bob, rig.account(alice));

        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));

        rig.awaitReceived(alice, "Reject");
        assertFalse(rig.app.follows().isFollowing(rig.account(alice), rig.bob));
    }

    @Test
    void a_follow_of_someone_who_is_not_here_is_refused_with_a_reason() {
        ObjectNode follow = alice.activity("Follow", rig.instance.base() + "/users/nobody");

        rig.deliver(alice, follow);

        assertTrue(rig.outcome(follow).startsWith("failed: refused: Follow of"), rig.outcome(follow));
    }

    @Test
    void an_accept_with_the_follow_embedded_completes_our_follow() {
        Account aliceAccount = rig.account(alice);
        rig.app.follows().follow(rig.bob, aliceAccount);
        JsonNode follow = rig.awaitReceived(alice, "Follow").get(0);
        assertFalse(rig.app.follows().isFollowing(rig.bob, aliceAccount));

        rig.deliver(alice, alice.activity("Accept", follow));

        assertTrue(rig.app.follows().isFollowing(rig.bob, aliceAccount));
    }

    @Test
    void an_accept_naming_only_the_follow_id_completes_our_follow() {
        Account aliceAccount = rig.account(alice);
        rig.app.follows().follow(rig.bob, aliceAccount);
        JsonNode follow = rig.awaitReceived(alice, "Follow").get(0);

        rig.deliver(alice, alice.activity("Accept", follow.get("id").asText()));

        assertTrue(rig.app.follows().isFollowing(rig.bob, aliceAccount));
    }

    @Test
    void an_accept_from_someone_other_than_the_followed_actor_changes_nothing() {
        PeerActor mallory = rig.actor(HandlerRig.SOCIAL, "mallory");
        Account aliceAccount = rig.account(alice);
        rig.app.follows().follow(rig.bob, aliceAccount);
        JsonNode follow = rig.awaitReceived(alice, "Follow").get(0);

        rig.deliver(mallory, mallory.activity("Accept", follow.get("id").asText()));

        assertFalse(rig.app.follows().isFollowing(rig.bob, aliceAccount));
    }

    @Test
    void a_reject_of_an_accepted_follow_ends_it() {
        rig.bobFollows(alice);
        JsonNode follow = alice.received("Follow").get(0);

        rig.deliver(alice, alice.activity("Reject", follow));

        assertFalse(rig.app.follows().isFollowing(rig.bob, rig.account(alice)));
    }

    @Test
    void an_undo_of_a_follow_with_the_follow_embedded_removes_the_follower() {
        ObjectNode follow = alice.activity("Follow", rig.bob.uri());
        rig.deliver(alice, follow);
        assertTrue(rig.app.follows().isFollowing(rig.account(alice), rig.bob));

        rig.deliver(alice, alice.activity("Undo", HandlerRig.embedded(follow)));

        assertFalse(rig.app.follows().isFollowing(rig.account(alice), rig.bob));
    }

    @Test
    void an_undo_naming_only_the_follow_id_removes_the_follower() {
        ObjectNode follow = alice.activity("Follow", rig.bob.uri());
        rig.deliver(alice, follow);

        rig.deliver(alice, alice.activity("Undo", follow.get("id").asText()));

        assertFalse(rig.app.follows().isFollowing(rig.account(alice), rig.bob));
    }
}
