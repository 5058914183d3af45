package org.bureaucrathackers.fellowship.follow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.ReceivedFollows.FollowOutcome;
import org.bureaucrathackers.fellowship.testing.RecordingOutbound.Published;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The follow state machine (F1–F5) and blocks (P4). */
class FollowServiceTest {

    static final String BOBS_FOLLOW = "https://mastodon.example/users/bob#follows/17";

    @TempDir
    Path tempDir;
    SocialFixture world;
    Account alice;
    Account bob;
    FollowService follows;
    ReceivedFollows received;
    BlockService blocking;

    @BeforeEach
    void open() {
        world = new SocialFixture(tempDir);
        alice = world.local("alice");
        bob = world.remote("bob", "mastodon.example");
        follows = world.followService;
        received = world.receivedFollows;
        blocking = world.blockService;
    }

    @AfterEach
    void close() {
        world.close();
    }

    Follow stored(Account follower, Account target) {
        return world.follows.find(follower.id(), target.id()).orElseThrow();
    }

    @Test
    void following_a_remote_actor_sends_a_follow_and_waits_for_the_accept() {
        Follow follow = follows.follow(alice, bob);
        assertEquals(Follow.State.PENDING, follow.state());
        assertEquals(alice.uri() + "#follows/" + follow.id(), follow.uri());
        Published published = world.outbound.only();
        JsonNode activity = published.activity();
        assertEquals("Follow", activity.get("type").asText());
        assertEquals(follow.uri(), activity.get("id").asText());
        assertEquals(alice.uri(), activity.get("actor").asText());
        assertEquals(bob.uri(), activity.get("object").asText());
        assertEquals(List.of(bob.uri()), published.recipients());
        assertFalse(follows.isFollowing(alice, bob));

        assertTrue(received.receiveAccept(bob, follow.uri(), null));
        assertTrue(follows.isFollowing(alice, bob));
        assertFalse(received.receiveAccept(bob, follow.uri(), null), "a repeated Accept changes nothing");
    }

    @Test
    void a_pending_follow_is_sent_again_when_asked_again() {
        Follow first = follows.follow(alice, bob);
        Follow second = follows.follow(alice, bob);
        assertEquals(first, second);
        assertEquals(List.of("Follow", "Follow"), world.outbound.types());
        received.receiveAccept(bob, first.uri(), null);
        world.outbound.clear();
        follows.follow(alice, bob);
        assertEquals(List.of(), world.outbound.all(), "an accepted follow is not sent again");
    }

    @Test
    void an_accept_is_matched_by_follow_id_and_target_or_else_by_the_pair() {
        Follow follow = follows.follow(alice, bob);
        Account eve = world.remote("eve", "evil.example");
        assertFalse(received.receiveAccept(eve, follow.uri(), alice), "only the target can accept");
        assertFalse(follows.isFollowing(alice, bob));
        assertTrue(received.receiveAccept(bob, "https://mastodon.example/some/other/id", alice));
        assertTrue(follows.isFollowing(alice, bob));
    }

    @Test
    void a_reject_removes_a_pending_or_an_accepted_follow() {
        Follow follow = follows.follow(alice, bob);
        assertTrue(received.receiveReject(bob, follow.uri(), null));
        assertEquals(Optional.empty(), world.follows.find(alice.id(), bob.id()));
        Follow again = follows.follow(alice, bob);
        received.receiveAccept(bob, again.uri(), null);
        assertTrue(received.receiveReject(bob, null, alice), "F4: Reject of an accepted follow unfollows");
        assertFalse(follows.isFollowing(alice, bob));
        assertFalse(received.receiveReject(bob, null, alice));
    }

    @Test
    void unfollowing_sends_an_undo_with_the_follow_embedded() {
        Follow follow = follows.follow(alice, bob);
        received.receiveAccept(bob, follow.uri(), null);
        world.outbound.clear();
        assertTrue(follows.unfollow(alice, bob));
        JsonNode undo = world.outbound.only().activity();
        assertEquals("Undo", undo.get("type").asText());
        assertEquals(follow.uri() + "/undo", undo.get("id").asText());
        JsonNode embedded = undo.get("object");
        assertEquals(follow.uri(), embedded.get("id").asText());
        assertEquals("Follow", embedded.get("type").asText());
        assertEquals(alice.uri(), embedded.get("actor").asText());
        assertEquals(bob.uri(), embedded.get("object").asText());
        assertFalse(follows.isFollowing(alice, bob));
        assertFalse(follows.unfollow(alice, bob));
    }

    @Test
    void a_received_follow_is_accepted_with_the_follow_embedded() {
        assertEquals(FollowOutcome.ACCEPTED, received.receiveFollow(bob, alice, BOBS_FOLLOW));
        assertTrue(follows.isFollowing(bob, alice));
        Published published = world.outbound.only();
        JsonNode accept = published.activity();
        assertEquals("Accept", accept.get("type").asText());
        assertEquals(alice.uri(), accept.get("actor").asText());
        // Each Accept has an id of its own, so a repeated Follow's fresh Accept is not deduplicated away (F3).
        assertTrue(accept.get("id").asText().startsWith(alice.uri() + "#accepts/follows/"), accept.get("id").asText());
        JsonNode follow = accept.get("object");
        assertEquals(BOBS_FOLLOW, follow.get("id").asText());
        assertEquals("Follow", follow.get("type").asText());
        assertEquals(bob.uri(), follow.get("actor").asText());
        assertEquals(alice.uri(), follow.get("object").asText());
        assertEquals(List.of(bob.uri()), published.recipients());
    }

    @Test
    void a_repeated_follow_gets_a_fresh_accept_and_keeps_the_newest_id() {
        received.receiveFollow(bob, alice, BOBS_FOLLOW);
        world.outbound.clear();
        assertEquals(FollowOutcome.ACCEPTED, received.receiveFollow(bob, alice, BOBS_FOLLOW + "-again"));
        assertEquals(BOBS_FOLLOW + "-again", world.outbound.only().activity().get("object").get("id").asText());
        assertEquals(BOBS_FOLLOW + "-again", stored(bob, alice).uri());
        assertEquals(1, world.follows.countFollowers(alice.id()));
    }

    @Test
    void a_fellow_who_approves_by_hand_gets_a_pending_request_then_approves_or_rejects() {
        Account manual = world.local("manual", true);
        assertEquals(FollowOutcome.PENDING, received.receiveFollow(bob, manual, BOBS_FOLLOW));
        assertEquals(List.of(), world.outbound.all(), "nothing is sent until the fellow decides");
        assertEquals(FollowOutcome.PENDING, received.receiveFollow(bob, manual, BOBS_FOLLOW), "still waiting");
        assertEquals(List.of(stored(bob, manual)), follows.pendingRequests(manual));
        assertTrue(follows.approve(manual, bob));
        assertTrue(follows.isFollowing(bob, manual));
        assertEquals("Accept", world.outbound.only().type());
        assertFalse(follows.approve(manual, bob), "nothing left to approve");

        Account carol = world.remote("carol", "gts.example");
        received.receiveFollow(carol, manual, "https://gts.example/users/carol/follow/1");
        world.outbound.clear();
        assertTrue(follows.reject(manual, carol));
        JsonNode reject = world.outbound.only().activity();
        assertEquals("Reject", reject.get("type").asText());
        assertEquals("https://gts.example/users/carol/follow/1", reject.get("object").get("id").asText());
        assertEquals(Optional.empty(), world.follows.find(carol.id(), manual.id()));
    }

    @Test
    void removing_an_accepted_follower_sends_a_reject() {
        received.receiveFollow(bob, alice, BOBS_FOLLOW);
        world.outbound.clear();
        assertTrue(follows.reject(alice, bob));
        assertEquals("Reject", world.outbound.only().type());
        assertFalse(follows.isFollowing(bob, alice));
    }

    @Test
    void follows_of_the_instance_actor_or_across_a_block_are_rejected() {
        Account instance = world.instanceActor();
        assertEquals(FollowOutcome.REJECTED, received.receiveFollow(bob, instance, BOBS_FOLLOW));
        assertEquals("Reject", world.outbound.only().type());
        assertEquals(Optional.empty(), world.follows.find(bob.id(), instance.id()));

        world.outbound.clear();
        blocking.block(alice, bob);
        world.outbound.clear();
        assertEquals(FollowOutcome.REJECTED, received.receiveFollow(bob, alice, BOBS_FOLLOW));
        JsonNode reject = world.outbound.only().activity();
        assertEquals("Reject", reject.get("type").asText());
        assertEquals(BOBS_FOLLOW, reject.get("object").get("id").asText());
        assertFalse(follows.isFollowing(bob, alice));
    }

    @Test
    void an_undo_follow_removes_the_follow() {
        received.receiveFollow(bob, alice, BOBS_FOLLOW);
        assertTrue(received.receiveUndoFollow(bob, alice));
        assertFalse(follows.isFollowing(bob, alice));
        assertFalse(received.receiveUndoFollow(bob, alice));
    }

    @Test
    void local_follows_need_no_activity_and_respect_manual_approval() {
        Account carol = world.local("carol");
        Account manual = world.local("manual", true);
        assertEquals(Follow.State.ACCEPTED, follows.follow(alice, carol).state());
        assertEquals(Follow.State.PENDING, follows.follow(alice, manual).state());
        assertTrue(follows.approve(manual, alice));
        assertTrue(follows.isFollowing(alice, manual));
        assertTrue(follows.unfollow(alice, carol));
        assertEquals(List.of(), world.outbound.all());
    }

    @Test
    void impossible_follows_are_refused_with_a_reason() {
        assertEquals("an account cannot follow itself",
                assertThrows(InvalidFollowException.class, () -> follows.follow(alice, alice)).getMessage());
        assertThrows(InvalidFollowException.class, () -> follows.follow(bob, alice), "only local fellows follow here");
        assertThrows(InvalidFollowException.class, () -> follows.follow(alice, world.instanceActor()));
        blocking.receiveBlock(bob, alice, "https://mastodon.example/users/bob#blocks/1");
        assertThrows(InvalidFollowException.class, () -> follows.follow(alice, bob));
        assertEquals(List.of(), world.outbound.all());
    }

    @Test
    void blocking_ends_follows_both_ways_and_sends_undo_reject_and_block() {
        Follow mine = follows.follow(alice, bob);
        received.receiveAccept(bob, mine.uri(), null);
        received.receiveFollow(bob, alice, BOBS_FOLLOW);
        world.outbound.clear();
        Block block = blocking.block(alice, bob);
        assertEquals(List.of("Undo", "Reject", "Block"), world.outbound.types());
        JsonNode activity = world.outbound.last().activity();
        assertEquals(block.uri(), activity.get("id").asText());
        assertEquals(alice.uri(), activity.get("actor").asText());
        assertEquals(bob.uri(), activity.get("object").asText());
        assertEquals(List.of(bob.uri()), world.outbound.last().recipients());
        assertFalse(follows.isFollowing(alice, bob));
        assertFalse(follows.isFollowing(bob, alice));
        assertEquals(block, blocking.block(alice, bob), "blocking twice changes nothing");

        world.outbound.clear();
        assertTrue(blocking.unblock(alice, bob));
        JsonNode undo = world.outbound.only().activity();
        assertEquals("Undo", undo.get("type").asText());
        assertEquals("Block", undo.get("object").get("type").asText());
        assertEquals(block.uri(), undo.get("object").get("id").asText());
        assertEquals(Optional.empty(), world.blocks.find(alice.id(), bob.id()));
    }

    @Test
    void a_received_block_drops_follows_and_requests_both_ways_until_undone() {
        Account manual = world.local("manual", true);
        received.receiveFollow(bob, manual, BOBS_FOLLOW);
        Follow mine = follows.follow(manual, bob);
        Block block = blocking.receiveBlock(bob, manual, "https://mastodon.example/users/bob#blocks/1");
        assertEquals(Optional.empty(), world.follows.find(bob.id(), manual.id()));
        assertEquals(Optional.empty(), world.follows.find(manual.id(), bob.id()));
        assertFalse(received.receiveAccept(bob, mine.uri(), null));
        assertEquals(block, blocking.receiveBlock(bob, manual, "https://mastodon.example/users/bob#blocks/2"));
        assertTrue(blocking.receiveUndoBlock(bob, manual));
        assertEquals(Optional.empty(), world.blocks.find(bob.id(), manual.id()));
    }
}
