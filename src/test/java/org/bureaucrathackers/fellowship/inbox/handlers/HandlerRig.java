package org.bureaucrathackers.fellowship.inbox.handlers;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqFavouriteStore;
import org.bureaucrathackers.fellowship.testing.InboxJobs;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;

/**
 * A real instance with a fellow called bob, and a peer server with actors that sign what they send: the
 * whole path from signed POST through the inbox worker to the handlers and the database. The inbox worker
 * does not poll: queued activities run when a test drains it ({@link #deliver}, {@link #runInbox}), so a
 * test may change what the handlers read between the POST and the run without racing the worker.
 */
final class HandlerRig implements AutoCloseable {

    static final String SOCIAL = "social.example";
    static final String OTHER = "other.example";

    final TestPeer peer = TestPeer.start();
    final TestInstance instance;
    final TestInstance app;
    final Account bob;

    HandlerRig() {
        this(DiscoveryBudget.Limits.DEFAULT);
    }

    /** A rig whose instance lets each inbound activity discover only so much (X19). */
    HandlerRig(DiscoveryBudget.Limits limits) {
        instance = TestInstance.start(peer.resolverOrSystem(), settings -> settings, limits);
        app = instance;
        app.inboxWorker().pausePolling();
        bob = instance.createFellow("bob");
    }

    PeerActor actor(String host, String username) {
        return PeerActor.serve(peer, host, username);
    }

    /** Delivers a signed activity, expects 202 and runs the inbox worker. */
    void deliver(PeerActor from, JsonNode activity) {
        HttpResponse<String> response = SignedInbox.deliver(instance, from, activity);
        assertEquals(202, response.statusCode(), response.body());
    }

    /** Runs every queued activity through its handlers now. */
    void runInbox() {
        app.inboxWorker().drain();
    }

    /** POSTs a signed activity and leaves whatever was queued for {@link #runInbox}. */
    HttpResponse<String> post(PeerActor signer, JsonNode activity) {
        return SignedInbox.post(instance, "/inbox", signer.signingKey(), Json.write(activity));
    }

    /** What the inbox worker made of an activity: "done", or "failed: reason". */
    String outcome(JsonNode activity) {
        return InboxJobs.outcome(app, activity.get("id").asText());
    }

    Account account(PeerActor actor) {
        try {
            return app.remoteActors().resolve(actor.uri());
        } catch (FetchException e) {
            throw new AssertionError(e);
        }
    }

    Optional<Account> stored(PeerActor actor) {
        return app.remoteActors().cached(actor.uri());
    }

    Optional<Status> status(String uri) {
        return app.posts().find(uri);
    }

    Account fresh(Account account) {
        return app.remoteActors().cached(account.uri()).orElseThrow();
    }

    long likes(Status status) {
        return new JooqFavouriteStore(app.database()).count(status.id());
    }

    void approveFollowersByHand(Account fellow) {
        app.database().dsl().update(ACCOUNT).set(ACCOUNT.MANUALLY_APPROVES_FOLLOWERS, true)
                .where(ACCOUNT.ID.eq(fellow.id())).execute();
    }

    /** bob follows {@code actor}, which accepts: after this a Create from it concerns bob. */
    void bobFollows(PeerActor actor) {
        Account account = account(actor);
        app.follows().follow(bob, account);
        JsonNode follow = awaitReceived(actor, "Follow").get(0);
        deliver(actor, actor.activity("Accept", follow));
        assertEquals(true, app.follows().isFollowing(bob, account), "bob follows " + actor.uri());
    }

    /** Wakes the delivery worker and waits (bounded) until {@code actor} got an activity of this type. */
    List<JsonNode> awaitReceived(PeerActor actor, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (true) {
            app.deliveryWorker().wakeUp();
            List<JsonNode> received = actor.received(type);
            if (!received.isEmpty()) {
                return received;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(actor.uri() + " never received a " + type + "; got " + actor.received());
            }
            pause();
        }
    }

    static ObjectNode embedded(ObjectNode activity) {
        ObjectNode copy = activity.deepCopy();
        copy.remove("@context");
        return copy;
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        instance.close();
        peer.close();
    }
}
