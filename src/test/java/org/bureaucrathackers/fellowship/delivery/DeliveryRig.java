package org.bureaucrathackers.fellowship.delivery;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqDeliveryHostStore;
import org.bureaucrathackers.fellowship.store.JooqDeliveryJobStore;
import org.bureaucrathackers.fellowship.store.JooqSignatureSchemeStore;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * A sending instance's delivery side over a real database: a local fellow with keys, the queue, and workers
 * built the way the application builds them, with a test clock, a loopback transport and scheme-naming signing.
 */
final class DeliveryRig implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    /** The name this rig's workers claim jobs under; a crashed node's restart is a worker of the same name. */
    static final String NODE = "node-a";
    /** Generous: only a worker that hangs takes this long to finish a pass. */
    private static final Duration CAUGHT_UP = Duration.ofSeconds(30);
    /** Quick polling so tests that move the clock see the worker react within milliseconds. */
    static final DeliveryLimits FAST = DeliveryLimits.defaults().withPollInterval(Duration.ofMillis(20));

    final Database db;
    final MutableClock clock = new MutableClock(START);
    final Ids ids = new Ids(clock);
    final JooqAccountStore accounts;
    final JooqDeliveryJobStore jobs;
    final JooqDeliveryHostStore hostStore;
    final JooqSignatureSchemeStore schemeStore;
    final HostHealth hosts;
    final DeliveryQueue queue;
    final LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
    final Account sender;
    private final List<DeliveryWorker> workers = new ArrayList<>();

    DeliveryRig(Path dir) {
        db = new TestDatabases.H2().open(dir);
        accounts = new JooqAccountStore(db);
        jobs = new JooqDeliveryJobStore(db);
        hostStore = new JooqDeliveryHostStore(db);
        schemeStore = new JooqSignatureSchemeStore(db);
        hosts = new HostHealth(hostStore, db, clock, HostHealth.DEFAULT_UNAVAILABLE_AFTER_FAILURE_DAYS,
                FAST.probeInterval());
        queue = new DeliveryQueue(db, jobs, ids, clock);
        sender = new FellowService(accounts, uris, ids, clock)
                .create(new FellowService.NewFellow("alice", null, null, null, false));
    }

    DeliveryWorker worker() {
        return worker(FAST);
    }

    /** A started worker with its own scheme memory, as after a restart. */
    DeliveryWorker worker(DeliveryLimits limits) {
        DeliveryWorker worker = new DeliveryWorker(db, jobs, hosts, new SchemeMemory(schemeStore, clock),
                new LoopbackTransport(), new SchemeNamingSigning(), new SenderKeys(accounts), clock,
                new SplittableRandom(7), limits, NODE);
        workers.add(worker);
        worker.start();
        return worker;
    }

    String activityId(String name) {
        return uris.actor("alice") + "/activities/" + name;
    }

    byte[] activity(String name) {
        return ("{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + activityId(name)
                + "\",\"type\":\"Create\",\"actor\":\"" + sender.uri() + "\",\"object\":{\"type\":\"Note\","
                + "\"content\":\"<p>Practice note " + name + " — näher dran</p>\"}}").getBytes(StandardCharsets.UTF_8);
    }

    void enqueue(String name, String... inboxes) {
        queue.enqueue(sender.id(), activityId(name), activity(name), List.of(inboxes));
    }

    DeliveryJob job(String name, String inbox) {
        return jobs.findByActivity(activityId(name)).stream().filter(j -> j.inboxUrl().equals(inbox))
                .findFirst().orElseThrow(() -> new AssertionError("no job for " + name + " to " + inbox));
    }

    DeliveryJob awaitState(String name, String inbox, DeliveryState state) {
        Await.until(name + " to " + inbox + " is " + state, () -> job(name, inbox), j -> j.state() == state);
        return job(name, inbox);
    }

    /** Waits until the job's n-th attempt failed and it waits for the next. */
    DeliveryJob awaitRetryAfter(String name, String inbox, int attempts) {
        Await.until(name + " to " + inbox + " waits after attempt " + attempts, () -> job(name, inbox),
                j -> j.state() == DeliveryState.PENDING && j.attempts() == attempts && j.leaseUntil() == null);
        return job(name, inbox);
    }

    /**
     * Waits until every worker has made a pass, begun now, that found nothing due and nothing in flight: whatever
     * the clock makes due has been sent and recorded, so a test can then check that nothing (more) happened.
     */
    void idle() {
        for (DeliveryWorker worker : workers) {
            try {
                if (!worker.awaitCaughtUp(CAUGHT_UP)) {
                    throw new AssertionError("the delivery worker did not catch up within " + CAUGHT_UP);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        workers.forEach(DeliveryWorker::stop);
        db.close();
    }
}
