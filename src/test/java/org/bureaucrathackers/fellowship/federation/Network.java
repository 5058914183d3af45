package org.bureaucrathackers.fellowship.federation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.TestInstance;

/**
 * Real instances on loopback ports, each with its own H2 database, talking over HTTP with real signatures. The
 * workers are driven from here (delivery woken, inboxes drained) and every wait is bounded.
 */
final class Network implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    final List<TestInstance> instances = new ArrayList<>();

    TestInstance start() {
        TestInstance instance = TestInstance.start();
        instances.add(instance);
        return instance;
    }

    /** Replaces a stopped instance by its restart, so closing the network closes the new one. */
    TestInstance restart(TestInstance instance) {
        TestInstance again = instance.startAgain();
        instances.set(instances.indexOf(instance), again);
        return again;
    }

    /** How {@code on} knows the fellow {@code username} of {@code home} (fetched once, then cached). */
    static Account remote(TestInstance on, TestInstance home, String username) {
        try {
            return on.remoteActors().resolve(home.uris().actor(username));
        } catch (FetchException e) {
            throw new AssertionError(e);
        }
    }

    /**
     * {@code follower} on {@code on} follows the fellow {@code username} of {@code home}, once that instance has
     * accepted; returns how {@code on} knows that fellow.
     */
    Account follow(TestInstance on, Account follower, TestInstance home, String username) {
        Account followed = remote(on, home, username);
        on.follows().follow(follower, followed);
        until(username + "'s instance accepts " + follower.username(), () -> on.follows().isFollowing(follower, followed));
        return followed;
    }

    static Account local(TestInstance instance, String username) {
        return instance.fellows().findLocal(username).orElseThrow();
    }

    static Optional<Status> status(TestInstance on, String uri) {
        return on.posts().find(uri);
    }

    /** Runs every instance's workers until {@code condition} holds, or fails after a bounded wait. */
    void until(String what, BooleanSupplier condition) {
        Await.until(what, () -> {
            pump();
            return condition.getAsBoolean();
        }, TIMEOUT);
    }

    /** One round of work everywhere: deliveries woken, inboxes drained. */
    void pump() {
        for (TestInstance instance : instances) {
            if (instance.isStopped()) {
                continue;
            }
            instance.deliveryWorker().wakeUp();
            instance.inboxWorker().drain();
        }
    }

    @Override
    public void close() {
        for (TestInstance instance : instances) {
            instance.close();
        }
    }
}
