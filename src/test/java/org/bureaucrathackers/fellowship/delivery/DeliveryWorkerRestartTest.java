package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.delivery.RecordingPeer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jobs live in the database: a restart or a crashed node loses none and sends none twice. */
class DeliveryWorkerRestartTest {

    private static final Pattern ACTIVITY_ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final int JOBS = 30;

    @TempDir
    Path tempDir;

    @Test
    void a_restart_mid_queue_loses_nothing_and_sends_nothing_twice() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer peer = RecordingPeer.start()) {
            peer.answer(request -> Reply.status(202).pausing(Duration.ofMillis(40)));
            String inbox = peer.url("/inbox");
            List<String> names = new ArrayList<>();
            for (int i = 0; i < JOBS; i++) {
                names.add("note-" + i);
                rig.enqueue("note-" + i, inbox);
            }
            DeliveryLimits twoThreads = DeliveryRig.FAST.withThreads(2, 2);

            DeliveryWorker first = rig.worker(twoThreads);
            Await.until("a few deliveries", () -> peer.count() >= 4);
            first.stop();
            int sentBeforeRestart = peer.count();
            List<DeliveryJob> afterStop = names.stream().map(name -> rig.job(name, inbox)).toList();
            assertTrue(sentBeforeRestart < JOBS, "stopped mid-queue");
            assertEquals(sentBeforeRestart, afterStop.stream().filter(j -> j.state() == DeliveryState.DONE).count(),
                    "every delivery in flight finished and was recorded before stop returned");
            assertTrue(afterStop.stream().allMatch(j -> j.leaseUntil() == null), "no lease left behind");

            rig.worker(twoThreads);
            for (String name : names) {
                rig.awaitState(name, inbox, DeliveryState.DONE);
            }
            List<String> delivered = peer.requests().stream().map(DeliveryWorkerRestartTest::activityId).toList();
            assertEquals(JOBS, delivered.size(), "nothing sent twice");
            assertEquals(Set.copyOf(names.stream().map(rig::activityId).toList()), new HashSet<>(delivered),
                    "nothing lost");
        }
    }

    @Test
    void a_job_held_by_a_crashed_node_comes_back_when_its_lease_expires() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer peer = RecordingPeer.start()) {
            String inbox = peer.url("/inbox");
            rig.enqueue("orphan", inbox);
            DeliveryJob orphan = rig.job("orphan", inbox);
            Duration lease = DeliveryRig.FAST.lease();
            // Another node claimed it, then died before recording anything.
            assertTrue(rig.jobs.claim(orphan.id(), 42L, "node-b", rig.clock.instant(), rig.clock.instant().plus(lease)));

            rig.worker();
            rig.clock.advance(lease.minusSeconds(1));
            rig.idle();
            assertEquals(0, peer.count(), "not while the other node's lease lives");

            rig.clock.advance(Duration.ofSeconds(2));
            DeliveryJob done = rig.awaitState("orphan", inbox, DeliveryState.DONE);
            assertEquals(1, peer.count());
            assertEquals(2, done.attempts(), "the crashed attempt counts");
        }
    }

    @Test
    void a_node_that_restarts_after_a_crash_takes_back_its_own_leases_at_once() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer peer = RecordingPeer.start()) {
            String inbox = peer.url("/inbox");
            rig.enqueue("interrupted", inbox);
            DeliveryJob job = rig.job("interrupted", inbox);
            Duration lease = DeliveryRig.FAST.lease();
            // This node claimed it, then was killed before recording anything.
            assertTrue(rig.jobs.claim(job.id(), 42L, DeliveryRig.NODE, rig.clock.instant(),
                    rig.clock.instant().plus(lease)));

            rig.worker();
            DeliveryJob done = rig.awaitState("interrupted", inbox, DeliveryState.DONE);
            assertEquals(1, peer.count(), "sent once, without waiting for the lease to run out");
            assertEquals(2, done.attempts(), "the interrupted attempt counts");
        }
    }

    @Test
    void stopping_hands_back_a_delivery_that_outlasts_the_grace() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer peer = RecordingPeer.start()) {
            peer.answer(request -> Reply.status(202).pausing(Duration.ofSeconds(8)));
            String inbox = peer.url("/inbox");
            rig.enqueue("slow", inbox);
            DeliveryWorker worker = rig.worker(DeliveryRig.FAST.withShutdownGrace(Duration.ofMillis(300)));
            Await.until("the delivery in flight", () -> peer.count() == 1);

            // Only a stop that hangs takes this long; one that waited for the answer would record it as delivered.
            assertTimeoutPreemptively(Duration.ofSeconds(30), worker::stop, "stop does not hang");
            DeliveryJob after = rig.job("slow", inbox);
            assertEquals(DeliveryState.PENDING, after.state(), "stop returned before the answer: not delivered");
            assertEquals(1, peer.count(), "sent once");
            assertNull(after.leaseUntil(), "handed back: no lease waits to expire");
        }
    }

    private static String activityId(RecordingPeer.Received request) {
        Matcher matcher = ACTIVITY_ID.matcher(request.bodyText());
        assertTrue(matcher.find(), request.bodyText());
        return matcher.group(1);
    }
}
