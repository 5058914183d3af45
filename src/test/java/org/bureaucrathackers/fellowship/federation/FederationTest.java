package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.local;
import static org.bureaucrathackers.fellowship.federation.Network.remote;
import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostEdit;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqFavouriteStore;
import org.bureaucrathackers.fellowship.testing.DeliveryJobs;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two instances (three for privacy) federating through their services: alice lives on {@code a}, bob on
 * {@code b}. Each test starts from nobody following anybody.
 */
class FederationTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account alice = a.createFellow("alice");
    private final Account bob = b.createFellow("bob");

    @AfterEach
    void close() {
        network.close();
    }

    /** alice follows bob and b accepts; returns bob as a knows him. */
    private Account aliceFollowsBob() {
        Account bobOnA = remote(a, b, "bob");
        a.follows().follow(alice, bobOnA);
        network.until("a hears that bob accepted", () -> a.follows().isFollowing(alice, bobOnA));
        return bobOnA;
    }

    private Status bobPostsAndAliceGetsIt(String text) {
        Status post = b.posts().post(bob, NewPost.publicText(text));
        network.until("the post reaches a", () -> status(a, post.uri()).isPresent());
        return post;
    }

    @Test
    void a_follow_is_accepted_and_both_sides_agree() {
        Account bobOnA = aliceFollowsBob();

        assertTrue(b.follows().isFollowing(remote(b, a, "alice"), bob));
        assertTrue(a.follows().isFollowing(alice, bobOnA));
    }

    @Test
    void a_follow_of_a_fellow_who_approves_by_hand_waits_for_approval() {
        b.database().dsl().update(ACCOUNT).set(ACCOUNT.MANUALLY_APPROVES_FOLLOWERS, true)
                .where(ACCOUNT.ID.eq(bob.id())).execute();
        Account bobOnA = remote(a, b, "bob");
        a.follows().follow(alice, bobOnA);
        Account bobNow = local(b, "bob");
        network.until("b holds the request", () -> b.follows().pendingRequests(bobNow).size() == 1);
        network.pump();
        assertFalse(a.follows().isFollowing(alice, bobOnA));

        assertTrue(b.follows().approve(bobNow, remote(b, a, "alice")));

        network.until("a hears of the approval", () -> a.follows().isFollowing(alice, bobOnA));
    }

    @Test
    void a_post_reaches_followers_and_replies_thread_on_both_sides() {
        aliceFollowsBob();
        Status post = bobPostsAndAliceGetsIt("Tea at five?");
        Status copy = status(a, post.uri()).orElseThrow();
        assertTrue(copy.contentHtml().contains("Tea at five?"));

        Status reply = a.posts().post(alice, new NewPost("Yes please", null, post.uri(), null, null));

        assertEquals(copy.id(), reply.inReplyToId());
        network.until("the reply reaches b", () -> status(b, reply.uri()).isPresent());
        assertEquals(post.id(), status(b, reply.uri()).orElseThrow().inReplyToId());
        assertEquals(post.conversationUri(), status(b, reply.uri()).orElseThrow().conversationUri());
    }

    @Test
    void likes_and_boosts_reach_the_author() {
        aliceFollowsBob();
        Status post = bobPostsAndAliceGetsIt("Like me");
        Status copy = status(a, post.uri()).orElseThrow();
        JooqFavouriteStore favourites = new JooqFavouriteStore(b.database());

        a.interactions().like(alice, copy);
        Status boost = a.interactions().boost(alice, copy);

        network.until("b counts the like", () -> favourites.count(post.id()) == 1);
        network.until("b has the boost", () -> status(b, boost.uri()).isPresent());
        assertEquals(post.id(), status(b, boost.uri()).orElseThrow().reblogOfId());

        a.interactions().unlike(alice, copy);
        network.until("b drops the like", () -> favourites.count(post.id()) == 0);
    }

    @Test
    void an_edit_reaches_followers() {
        aliceFollowsBob();
        Status post = bobPostsAndAliceGetsIt("First draft");

        b.posts().edit(bob, post.id(), new PostEdit("Second draft", null, null));

        network.until("a shows the edit",
                () -> status(a, post.uri()).orElseThrow().contentHtml().contains("Second draft"));
    }

    @Test
    void a_deleted_post_is_gone_on_its_origin_and_removed_where_it_was_received() {
        aliceFollowsBob();
        Status post = bobPostsAndAliceGetsIt("Regrettable");

        b.posts().delete(bob, post.id());

        assertEquals(410, b.get(post.uri(), "Accept", "application/activity+json").statusCode());
        network.until("a removes its copy", () -> status(a, post.uri()).isEmpty());
    }

    @Test
    void a_profile_update_reaches_followers() {
        Account bobOnA = aliceFollowsBob();

        b.profiles().update(local(b, "bob"), new org.bureaucrathackers.fellowship.actor.ProfileChanges(
                "Bob Builder", "Works on *permits*.",
                java.util.List.of(new org.bureaucrathackers.fellowship.actor.ProfileChanges.Field("Unit", "Permits")),
                null));

        network.until("a sees bob's new name", () -> "Bob Builder".equals(
                a.remoteActors().cached(bobOnA.uri()).map(Account::displayName).orElse(null)));
        Account updated = a.remoteActors().cached(bobOnA.uri()).orElseThrow();
        assertTrue(updated.summaryHtml().contains("<em>permits</em>"), updated.summaryHtml());
        assertEquals("Unit", updated.fields().get(0).name());
        assertEquals(bobOnA.id(), updated.id(), "the remote copy keeps its id");
    }

    @Test
    void an_unfollow_removes_the_follower() {
        Account bobOnA = aliceFollowsBob();
        Account aliceOnB = remote(b, a, "alice");

        a.follows().unfollow(alice, bobOnA);

        network.until("b forgets the follower", () -> !b.follows().isFollowing(aliceOnB, bob));
    }

    @Test
    void a_block_ends_follows_both_ways_and_later_posts_are_not_delivered() {
        Account bobOnA = aliceFollowsBob();
        Account aliceOnB = remote(b, a, "alice");
        b.follows().follow(bob, aliceOnB);
        network.until("bob follows alice", () -> b.follows().isFollowing(bob, aliceOnB));

        b.blocks().block(bob, aliceOnB);

        network.until("a drops both follows", () -> !a.follows().isFollowing(alice, bobOnA)
                && !a.follows().isFollowing(remote(a, b, "bob"), alice));
        assertFalse(b.follows().isFollowing(aliceOnB, bob));
        Status later = b.posts().post(bob, NewPost.publicText("Not for alice"));
        assertTrue(DeliveryJobs.of(b, later.uri()).isEmpty(), "nothing queued for a");
    }

    @Test
    void a_followers_only_post_reaches_followers_and_no_one_else() {
        TestInstance c = network.start();
        c.createFellow("carol");
        remote(c, b, "bob");
        aliceFollowsBob();

        Status secret = b.posts().post(bob, new NewPost("For followers", Status.Visibility.PRIVATE, null, null,
                null));

        network.until("the follower's instance gets it", () -> status(a, secret.uri()).isPresent());
        assertTrue(DeliveryJobs.of(b, secret.uri()).stream().noneMatch(job -> job.contains(c.base())));
        assertTrue(status(c, secret.uri()).isEmpty());
        FetchException refused = assertThrows(FetchException.class,
                () -> c.fetcher().fetch(URI.create(secret.uri())));
        assertEquals(FetchException.Kind.NOT_FOUND, refused.kind());
        assertEquals(404, b.get(secret.uri(), "Accept", "application/activity+json").statusCode());
    }
}
