package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.delivery.RecordingPeer.Reply;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outcomes of single deliveries to a real loopback peer, with time moved by a test clock. */
class DeliveryWorkerTest {

    @TempDir
    Path tempDir;

    private DeliveryRig rig;
    private RecordingPeer peer;

    @BeforeEach
    void open() {
        rig = new DeliveryRig(tempDir);
        peer = RecordingPeer.start();
    }

    @AfterEach
    void close() {
        rig.close();
        peer.close();
    }

    @Test
    void an_activity_is_delivered_once_with_its_body_intact_and_the_activity_content_type() {
        String inbox = peer.url("/users/bob/inbox");
        rig.enqueue("note-1", inbox);
        rig.worker();

        DeliveryJob done = rig.awaitState("note-1", inbox, DeliveryState.DONE);
        assertEquals(1, peer.count());
        RecordingPeer.Received request = peer.requests().get(0);
        assertEquals("POST", request.method());
        assertEquals("/users/bob/inbox", request.path());
        assertArrayEquals(rig.activity("note-1"), request.body());
        assertEquals("application/activity+json", request.header("Content-Type"));
        assertEquals("CAVAGE", request.scheme());
        assertEquals(rig.uris.mainKey("alice"), request.header(SchemeNamingSigning.KEY_HEADER));
        assertEquals(1, done.attempts());
        assertEquals(202, done.lastStatus());
        assertEquals(DeliveryRig.START, done.finishedAt());

        rig.clock.advance(Duration.ofDays(8));
        rig.idle();
        assertEquals(1, peer.count(), "a delivered job is never sent again");
    }

    @Test
    void followers_on_a_server_with_a_shared_inbox_get_one_post_and_others_one_each() {
        try (RecordingPeer withoutSharedInbox = RecordingPeer.start()) {
            List<Account> followers = List.of(follower(peer, "ann", true), follower(peer, "bob", true),
                    follower(withoutSharedInbox, "cyd", false), follower(withoutSharedInbox, "dee", false),
                    follower(peer, "ann", true));
            List<String> inboxes = Inboxes.forRecipients(followers);
            assertEquals(3, rig.queue.enqueue(rig.sender.id(), rig.activityId("note-10"), rig.activity("note-10"),
                    inboxes));
            rig.worker();

            inboxes.forEach(inbox -> rig.awaitState("note-10", inbox, DeliveryState.DONE));
            assertEquals(List.of("/inbox"), peer.requests().stream().map(RecordingPeer.Received::path).toList());
            assertEquals(List.of("/users/cyd/inbox", "/users/dee/inbox"),
                    withoutSharedInbox.requests().stream().map(RecordingPeer.Received::path).sorted().toList());
        }
    }

    @Test
    void each_attempt_is_signed_afresh() {
        AtomicInteger calls = new AtomicInteger();
        peer.answer(request -> Reply.status(calls.incrementAndGet() == 1 ? 503 : 202));
        String inbox = peer.url("/inbox");
        rig.enqueue("note-2", inbox);
        rig.worker();
        rig.awaitRetryAfter("note-2", inbox, 1);
        rig.clock.advance(Duration.ofMinutes(2));
        rig.awaitState("note-2", inbox, DeliveryState.DONE);

        List<String> dates = peer.requests().stream().map(r -> r.header("Date")).toList();
        assertEquals(2, dates.size());
        assertTrue(!dates.get(0).equals(dates.get(1)), "a new Date per attempt: " + dates);
    }

    @Test
    void a_server_error_is_retried_after_a_backoff_and_then_delivered() {
        AtomicInteger calls = new AtomicInteger();
        peer.answer(request -> Reply.status(calls.incrementAndGet() == 1 ? 500 : 202));
        String inbox = peer.url("/inbox");
        rig.enqueue("note-3", inbox);
        rig.worker();

        DeliveryJob waiting = rig.awaitRetryAfter("note-3", inbox, 1);
        assertEquals(500, waiting.lastStatus());
        Duration backoff = Duration.between(DeliveryRig.START, waiting.nextAttemptAt());
        assertTrue(backoff.compareTo(Duration.ofSeconds(24)) >= 0 && backoff.compareTo(Duration.ofSeconds(36)) <= 0,
                "30 s ± 20 %: " + backoff);
        rig.idle();
        assertEquals(1, peer.count(), "not before the backoff has passed");

        rig.clock.advance(Duration.ofSeconds(37));
        DeliveryJob done = rig.awaitState("note-3", inbox, DeliveryState.DONE);
        assertEquals(2, peer.count());
        assertEquals(2, done.attempts());
    }

    @Test
    void a_peer_that_is_down_is_retried_and_delivered_once_it_is_up() {
        int port = RecordingPeer.unusedPort();
        String inbox = RecordingPeer.url(port, "/inbox");
        rig.enqueue("note-4", inbox);
        rig.worker();

        DeliveryJob waiting = rig.awaitRetryAfter("note-4", inbox, 1);
        assertEquals(null, waiting.lastStatus());
        assertTrue(waiting.lastError().contains("ConnectException"), waiting.lastError());
        assertEquals(1, rig.hosts.status("127.0.0.1:" + port).orElseThrow().consecutiveFailures());

        try (RecordingPeer upAgain = RecordingPeer.startOn(port)) {
            rig.clock.advance(Duration.ofMinutes(1));
            rig.awaitState("note-4", inbox, DeliveryState.DONE);
            assertEquals(1, upAgain.count());
            assertArrayEquals(rig.activity("note-4"), upAgain.requests().get(0).body());
            assertEquals(0, rig.hosts.status("127.0.0.1:" + port).orElseThrow().consecutiveFailures(),
                    "a delivery resets the host's failures");
        }
    }

    @Test
    void gone_stops_the_job_without_retrying() {
        peer.answer(410);
        String inbox = peer.url("/users/deleted/inbox");
        rig.enqueue("note-5", inbox);
        rig.worker();

        DeliveryJob gone = rig.awaitState("note-5", inbox, DeliveryState.GONE);
        assertEquals(410, gone.lastStatus());
        rig.clock.advance(Duration.ofDays(1));
        rig.idle();
        assertEquals(1, peer.count());
        assertEquals(0, rig.hosts.status(peer.host()).map(HostStatus::consecutiveFailures).orElse(0),
                "a host that answers is not failing");
    }

    @Test
    void a_client_error_fails_the_job_without_retrying() {
        peer.answer(404);
        String inbox = peer.url("/users/nobody/inbox");
        rig.enqueue("note-6", inbox);
        rig.worker();

        DeliveryJob failed = rig.awaitState("note-6", inbox, DeliveryState.FAILED);
        assertEquals(404, failed.lastStatus());
        assertEquals("HTTP 404", failed.lastError());
        rig.clock.advance(Duration.ofDays(1));
        rig.idle();
        assertEquals(1, peer.count());
    }

    @Test
    void retry_after_is_honoured_up_to_the_longest_backoff() {
        AtomicInteger calls = new AtomicInteger();
        peer.answer(request -> calls.incrementAndGet() == 1
                ? Reply.status(503).with("Retry-After", "3600") : Reply.status(202));
        RecordingPeer greedy = RecordingPeer.start();
        try (greedy) {
            greedy.answer(request -> Reply.status(429).with("Retry-After", "172800"));
            String inbox = peer.url("/inbox");
            String greedyInbox = greedy.url("/inbox");
            rig.enqueue("note-7", inbox, greedyInbox);
            rig.worker();

            DeliveryJob waiting = rig.awaitRetryAfter("note-7", inbox, 1);
            assertEquals(DeliveryRig.START.plusSeconds(3600), waiting.nextAttemptAt());
            DeliveryJob bounded = rig.awaitRetryAfter("note-7", greedyInbox, 1);
            assertEquals(DeliveryRig.START.plus(Duration.ofHours(12)), bounded.nextAttemptAt(),
                    "two days asked, twelve hours granted");

            rig.clock.advance(Duration.ofMinutes(30));
            rig.idle();
            assertEquals(1, peer.count(), "not before the time the peer asked for");
            rig.clock.advance(Duration.ofMinutes(31));
            rig.awaitState("note-7", inbox, DeliveryState.DONE);
            assertEquals(2, peer.count());
        }
    }

    @Test
    void after_the_last_attempt_the_job_fails() {
        peer.answer(503);
        RetrySchedule threeTries = new RetrySchedule(Duration.ofSeconds(10), Duration.ofMinutes(1), 0.2, 3);
        DeliveryLimits limits = DeliveryRig.FAST;
        rig.worker(new DeliveryLimits(limits.threads(), limits.perHost(), limits.requestTimeout(), limits.lease(),
                limits.pollInterval(), limits.batchSize(), limits.probeInterval(), limits.shutdownGrace(),
                limits.maxJobAge(), limits.finishedRetention(), threeTries));
        String inbox = peer.url("/inbox");
        rig.enqueue("note-8", inbox);
        for (int attempt = 1; attempt < 3; attempt++) {
            rig.awaitRetryAfter("note-8", inbox, attempt);
            rig.clock.advance(Duration.ofMinutes(1));
        }
        DeliveryJob failed = rig.awaitState("note-8", inbox, DeliveryState.FAILED);
        assertEquals(3, failed.attempts());
        assertEquals(3, peer.count());
        assertTrue(failed.lastError().startsWith("gave up after 3 attempts"), failed.lastError());
    }

    @Test
    void a_sender_without_a_signing_key_fails_without_sending() {
        Account remote = Accounts.remote(rig.ids.next(), "stranger", "far.example");
        rig.accounts.insertRemote(remote);
        String inbox = peer.url("/inbox");
        rig.queue.enqueue(remote.id(), rig.activityId("unsigned"), rig.activity("unsigned"), List.of(inbox));
        rig.worker();

        DeliveryJob failed = rig.awaitState("unsigned", inbox, DeliveryState.FAILED);
        assertEquals("the sender has no key to sign with", failed.lastError());
        assertEquals(0, peer.count());
    }

    @Test
    void jobs_due_later_wait_for_their_time() {
        String inbox = peer.url("/inbox");
        rig.enqueue("note-9", inbox);
        Instant later = DeliveryRig.START.plusSeconds(1);
        rig.clock.set(DeliveryRig.START.minusSeconds(60));
        rig.worker();
        rig.idle();
        assertEquals(0, peer.count());
        rig.clock.set(later);
        rig.awaitState("note-9", inbox, DeliveryState.DONE);
    }

    private Account follower(RecordingPeer server, String name, boolean sharedInbox) {
        String actor = server.url("/users/" + name);
        Account a = Accounts.remote(rig.ids.next(), name, server.host());
        return new Account(a.id(), name, server.host(), actor, actor, a.actorType(), name, "", false, true, true,
                null, null, actor + "/inbox", sharedInbox ? server.url("/inbox") : null, null, null, null, null,
                a.createdAt(), a.updatedAt(), null, List.of());
    }
}
