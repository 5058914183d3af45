package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.bureaucrathackers.fellowship.delivery.RecordingPeer.Reply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-host concurrency and availability (DL2, DL8). */
class DeliveryWorkerHostsTest {

    @TempDir
    Path tempDir;

    @Test
    void no_more_than_two_deliveries_go_to_one_host_at_once_while_other_hosts_proceed() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer busy = RecordingPeer.start();
             RecordingPeer quiet = RecordingPeer.start()) {
            busy.answer(request -> Reply.status(202).pausing(Duration.ofMillis(150)));
            quiet.answer(request -> Reply.status(202).pausing(Duration.ofMillis(150)));
            for (int i = 0; i < 8; i++) {
                rig.enqueue("busy-" + i, busy.url("/inbox"));
            }
            for (int i = 0; i < 3; i++) {
                rig.enqueue("quiet-" + i, quiet.url("/inbox"));
            }
            rig.worker(DeliveryRig.FAST.withThreads(6, 2));

            for (int i = 0; i < 8; i++) {
                rig.awaitState("busy-" + i, busy.url("/inbox"), DeliveryState.DONE);
            }
            for (int i = 0; i < 3; i++) {
                rig.awaitState("quiet-" + i, quiet.url("/inbox"), DeliveryState.DONE);
            }
            assertEquals(2, busy.mostAtOnce(), "the bound is reached and never passed");
            assertEquals(2, quiet.mostAtOnce(), "a busy host does not hold up another");
        }
    }

    @Test
    void a_host_failing_on_seven_days_is_skipped_probed_every_six_hours_and_resumed_when_it_answers() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer peer = RecordingPeer.start()) {
            peer.answer(503);
            String inbox = peer.url("/inbox");
            rig.enqueue("early", inbox);
            rig.worker();
            for (int day = 1; day <= 7; day++) {
                rig.awaitRetryAfter("early", inbox, day);
                assertEquals(day == 7, rig.hosts.isUnavailable(peer.host()), "after failures on " + day + " days");
                if (day < 7) {
                    rig.clock.advance(Duration.ofDays(1));
                }
            }
            Instant unavailableSince = rig.clock.instant();
            assertEquals(unavailableSince, rig.hosts.status(peer.host()).orElseThrow().unavailableSince());

            rig.enqueue("late", inbox);
            rig.clock.advance(Duration.ofHours(1));
            rig.idle();
            assertEquals(7, peer.count(), "an unavailable host gets nothing, not even due jobs");

            rig.clock.set(unavailableSince.plus(Duration.ofHours(6)).plusSeconds(1));
            Await.until("one probe", () -> peer.count() == 8);
            rig.idle();
            assertEquals(8, peer.count(), "one probe per interval");
            assertTrue(rig.hosts.isUnavailable(peer.host()), "a failed probe changes nothing");

            peer.answer(202);
            rig.clock.advance(Duration.ofHours(6).plusSeconds(2));
            rig.awaitState("early", inbox, DeliveryState.DONE);
            rig.awaitState("late", inbox, DeliveryState.DONE);
            assertEquals(10, peer.count());
            HostStatus healthy = rig.hosts.status(peer.host()).orElseThrow();
            assertFalse(healthy.unavailable());
            assertEquals(0, healthy.failureDays());
        }
    }

    @Test
    void a_signed_request_from_an_unavailable_host_resumes_delivery_at_once() {
        try (DeliveryRig rig = new DeliveryRig(tempDir); RecordingPeer peer = RecordingPeer.start()) {
            Instant now = rig.clock.instant();
            for (int day = 0; day < 7; day++) {
                rig.hostStore.recordFailure(peer.host(), now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(7 - day),
                        now, HostHealth.DEFAULT_UNAVAILABLE_AFTER_FAILURE_DAYS);
            }
            assertTrue(rig.hosts.isUnavailable(peer.host()));
            String inbox = peer.url("/inbox");
            rig.enqueue("waiting", inbox);
            rig.worker();
            rig.clock.advance(Duration.ofHours(1));
            rig.idle();
            assertEquals(0, peer.count());

            rig.hosts.markAliveByUrl(peer.url("/users/bob"));
            rig.awaitState("waiting", inbox, DeliveryState.DONE);
            assertEquals(1, peer.count());
        }
    }

    @Test
    void jobs_stuck_behind_an_unavailable_host_expire_after_two_weeks() {
        try (DeliveryRig rig = new DeliveryRig(tempDir)) {
            int port = RecordingPeer.unusedPort();
            String host = "127.0.0.1:" + port;
            Instant now = rig.clock.instant();
            for (int day = 0; day < 7; day++) {
                rig.hostStore.recordFailure(host, now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(7 - day), now,
                        HostHealth.DEFAULT_UNAVAILABLE_AFTER_FAILURE_DAYS);
            }
            String inbox = RecordingPeer.url(port, "/inbox");
            rig.enqueue("stuck", inbox);

            rig.clock.advance(Duration.ofDays(14).plusSeconds(1));
            rig.worker(); // tidies the queue before it sends anything
            DeliveryJob expired = rig.awaitState("stuck", inbox, DeliveryState.FAILED);
            assertEquals(0, expired.attempts());
            assertTrue(expired.lastError().startsWith("expired"), expired.lastError());
        }
    }
}
