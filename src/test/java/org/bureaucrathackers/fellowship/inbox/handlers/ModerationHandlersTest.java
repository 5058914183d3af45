package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.delivery.DeliveryQueue;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqDeliveryJobStore;
import org.bureaucrathackers.fellowship.store.TableCounts;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.DeliveryJobs;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Domain blocks and suspensions over signed HTTP (X17): a blocked domain is refused before its signature is
 * verified, so nothing is fetched for it; nothing is fetched from it, looked up on it or delivered to it; a
 * suspended actor may only delete, undo, reject and update what is already here.
 */
class ModerationHandlersTest {

    private final HandlerRig rig = new HandlerRig();
    private final PeerActor alice = rig.actor(HandlerRig.SOCIAL, "alice");

    @AfterEach
    void close() {
        rig.close();
    }

    private List<TestPeer.Recorded> requestsTo(String host) {
        return rig.peer.requests().stream().filter(r -> r.host().equalsIgnoreCase(host)).toList();
    }

    @Test
    void a_request_signed_by_a_key_on_a_blocked_domain_is_refused_with_403_before_anything_is_fetched() {
        rig.app.domainBlocks().block(HandlerRig.SOCIAL, "spam");
        Map<String, Integer> before = TableCounts.of(rig.app.database());

        HttpResponse<String> response = rig.post(alice, alice.activity("Follow", rig.bob.uri()));

        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.body().contains("is blocked on this instance"), response.body());
        assertEquals(List.of(), requestsTo(HandlerRig.SOCIAL), "not even the key was fetched");
        assertEquals(before, TableCounts.of(rig.app.database()));
    }

    @Test
    void a_subdomain_of_a_blocked_domain_is_refused_too() {
        PeerActor carol = rig.actor("eu.spam.example", "carol");
        rig.app.domainBlocks().block("spam.example", null);

        HttpResponse<String> response = rig.post(carol, carol.activity("Follow", rig.bob.uri()));

        assertEquals(403, response.statusCode(), response.body());
        assertEquals(List.of(), requestsTo("eu.spam.example"));
    }

    @Test
    void an_activity_naming_an_actor_on_a_blocked_domain_is_refused_with_403_whoever_signed_it() {
        PeerActor mallory = rig.actor(HandlerRig.OTHER, "mallory");
        rig.app.domainBlocks().block(HandlerRig.SOCIAL, null);
        ObjectNode follow = mallory.activity("Follow", rig.bob.uri());
        follow.put("actor", alice.uri());

        HttpResponse<String> response = rig.post(mallory, follow);

        assertEquals(403, response.statusCode(), response.body());
        assertEquals(List.of(), requestsTo(HandlerRig.OTHER), "refused before the signature was checked");
    }

    @Test
    void an_activity_queued_before_its_domain_was_blocked_is_refused_by_the_worker() {
        ObjectNode follow = alice.activity("Follow", rig.bob.uri());
        assertEquals(202, rig.post(alice, follow).statusCode());

        rig.app.domainBlocks().block(HandlerRig.SOCIAL, null);
        rig.runInbox();

        assertTrue(rig.outcome(follow).contains("is blocked on this instance"), rig.outcome(follow));
        assertFalse(rig.app.follows().isFollowing(rig.stored(alice).orElseThrow(), rig.bob));
    }

    @Test
    void nothing_is_fetched_from_nor_looked_up_on_a_blocked_domain_even_through_a_redirect() {
        PeerActor dave = rig.actor(HandlerRig.OTHER, "dave");
        rig.peer.serveRedirect(HandlerRig.OTHER, "/users/dave/moved", 302, alice.uri());
        rig.app.domainBlocks().block(HandlerRig.SOCIAL, null);

        FetchException direct = assertThrows(FetchException.class,
                () -> rig.app.fetcher().fetch(URI.create(alice.uri())));
        FetchException redirected = assertThrows(FetchException.class,
                () -> rig.app.fetcher().fetch(URI.create(dave.uri() + "/moved")));
        FetchException webFinger = assertThrows(FetchException.class,
                () -> rig.app.webFinger().lookup("alice@" + HandlerRig.SOCIAL + ":" + rig.peer.port()));

        for (FetchException e : List.of(direct, redirected, webFinger)) {
            assertEquals(FetchException.Kind.BLOCKED_DOMAIN, e.kind(), e.reason());
        }
        assertEquals(List.of(), requestsTo(HandlerRig.SOCIAL));
        assertEquals(1, requestsTo(HandlerRig.OTHER).size(), "only the redirecting request was sent");
    }

    @Test
    void nothing_is_delivered_to_a_blocked_domain() {
        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));
        rig.awaitReceived(alice, "Accept");
        rig.app.domainBlocks().block(HandlerRig.SOCIAL, null);
        int before = rig.peer.requests().size();

        Status post = rig.app.posts().post(rig.bob, NewPost.publicText("Not for them"));

        assertEquals(List.of(), DeliveryJobs.of(rig.app, post.uri()), "nothing is queued for a blocked domain");
        rig.app.deliveryWorker().wakeUp();
        assertEquals(before, rig.peer.requests().size());
    }

    @Test
    void a_delivery_queued_before_its_domain_was_blocked_ends_without_being_sent() {
        Account aliceAccount = rig.account(alice);
        rig.app.domainBlocks().block(HandlerRig.SOCIAL, null);
        int before = rig.peer.requests().size();
        String activityId = rig.app.uris().base() + "/test-activities/1";
        // A queue that does not know the block stands for one that queued the job before it.
        new DeliveryQueue(rig.app.database(), new JooqDeliveryJobStore(rig.app.database()),
                new org.bureaucrathackers.fellowship.ids.Ids(java.time.Clock.systemUTC()), java.time.Clock.systemUTC())
                .enqueue(rig.bob.id(), activityId, Json.write(Json.object().put("id", activityId)).getBytes(),
                        List.of(aliceAccount.inboxUrl()));

        rig.app.deliveryWorker().wakeUp();

        Await.until("the job ends", () -> DeliveryJobs.of(rig.app, activityId).get(0).startsWith("failed"));
        assertEquals(before, rig.peer.requests().size());
    }

    @Test
    void a_suspended_actor_may_only_delete_undo_reject_and_update() {
        rig.bobFollows(alice);
        Status bobsPost = rig.app.posts().post(rig.bob, NewPost.publicText("Forms, forms, forms"));
        ObjectNode like = alice.activity("Like", bobsPost.uri());
        rig.deliver(alice, like);
        assertTrue(rig.app.suspensions().suspend(rig.account(alice)));

        for (String type : List.of("Follow", "Like", "Announce", "Block", "Flag")) {
            HttpResponse<String> response = rig.post(alice, alice.activity(type, bobsPost.uri()));
            assertEquals(403, response.statusCode(), type + ": " + response.body());
            assertTrue(response.body().contains("suspended"), response.body());
        }
        ObjectNode note = alice.note("<p>I am back</p>");
        assertEquals(403, rig.post(alice, alice.create(note)).statusCode());

        ObjectNode undo = alice.activity("Undo", HandlerRig.embedded(like));
        rig.deliver(alice, undo);
        assertEquals("done", rig.outcome(undo));
        assertEquals(0, rig.likes(bobsPost), "the Undo was applied");
        assertTrue(rig.status(note.get("id").asText()).isEmpty());
    }

    @Test
    void a_suspended_actor_cannot_post_by_updating_a_post_never_seen() {
        rig.bobFollows(alice);
        rig.app.suspensions().suspend(rig.account(alice));
        ObjectNode note = alice.note("<p>Sneaking back in</p>");
        ObjectNode update = alice.activity("Update", note);

        rig.deliver(alice, update);

        assertEquals("done", rig.outcome(update));
        assertTrue(rig.status(note.get("id").asText()).isEmpty());
    }

    @Test
    void a_boost_of_a_post_by_a_suspended_author_does_not_bring_the_post_in() {
        PeerActor carol = rig.actor(HandlerRig.OTHER, "carol");
        rig.bobFollows(alice);
        ObjectNode post = carol.note("<p>Said while suspended</p>");
        carol.serveObject(post);
        rig.app.suspensions().suspend(rig.account(carol));
        ObjectNode announce = alice.activity("Announce", post.get("id").asText());

        rig.deliver(alice, announce);

        assertTrue(rig.outcome(announce).contains("is suspended on this instance"), rig.outcome(announce));
        assertTrue(rig.status(post.get("id").asText()).isEmpty());
    }

    @Test
    void an_activity_queued_before_its_actor_was_suspended_is_refused_by_the_worker() {
        ObjectNode follow = alice.activity("Follow", rig.bob.uri());
        assertEquals(202, rig.post(alice, follow).statusCode());

        rig.app.suspensions().suspend(rig.stored(alice).orElseThrow());
        rig.runInbox();

        assertTrue(rig.outcome(follow).contains("suspended"), rig.outcome(follow));
    }

    @Test
    void lifting_a_suspension_lets_the_actor_follow_again() {
        Account account = rig.account(alice);
        rig.app.suspensions().suspend(account);
        assertTrue(rig.app.suspensions().unsuspend(account));

        rig.deliver(alice, alice.activity("Follow", rig.bob.uri()));

        assertTrue(rig.app.follows().isFollowing(account, rig.bob));
    }
}
