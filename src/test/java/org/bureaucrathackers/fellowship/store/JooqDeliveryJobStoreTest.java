package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.delivery.DeliveryJob;
import org.bureaucrathackers.fellowship.delivery.DeliveryState;
import org.bureaucrathackers.fellowship.delivery.DueJob;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqDeliveryJobStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    @TempDir
    Path tempDir;

    private final Ids ids = new Ids(Clock.systemUTC());

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void the_same_activity_is_queued_once_per_inbox(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            long sender = sender(db);
            String body = "{\"id\":\"https://m.example/a/1\",\"name\":\"Grüße ✓\"}";
            String activity = "https://m.example/a/1";
            assertEquals(2, jobs.insertNew(List.of(job(sender, activity, "https://x.example/inbox", body),
                    job(sender, activity, "https://y.example/inbox", body))));
            assertEquals(1, jobs.insertNew(List.of(job(sender, activity, "https://x.example/inbox", body),
                    job(sender, activity, "https://z.example/inbox", body))));

            List<DeliveryJob> queued = jobs.findByActivity("https://m.example/a/1");
            assertEquals(List.of("https://x.example/inbox", "https://y.example/inbox", "https://z.example/inbox"),
                    queued.stream().map(DeliveryJob::inboxUrl).toList());
            DeliveryJob first = queued.get(0);
            assertEquals(body, first.body());
            assertEquals(DeliveryState.PENDING, first.state());
            assertEquals(0, first.attempts());
            assertEquals(T0, first.nextAttemptAt());
            assertEquals("x.example", first.inboxHost());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_claim_is_exclusive_until_its_lease_expires_and_only_the_holder_records_the_outcome(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            DeliveryJob job = job(sender(db), "https://m.example/a/2", "https://x.example/inbox", "{}");
            jobs.insertNew(List.of(job));

            assertTrue(jobs.claim(job.id(), 1L, "node-a", T0, T0.plus(LEASE)));
            assertFalse(jobs.claim(job.id(), 2L, "node-a", T0.plusSeconds(1), T0.plusSeconds(1).plus(LEASE)),
                    "a live lease keeps others out");
            assertTrue(jobs.findDue(T0.plusSeconds(1), T0, List.of(), 10).isEmpty(), "a leased job is not due");

            Instant afterLease = T0.plus(LEASE).plusSeconds(1);
            assertTrue(jobs.claim(job.id(), 2L, "node-a", afterLease, afterLease.plus(LEASE)), "an expired lease is taken over");
            assertFalse(jobs.finish(job.id(), 1L, DeliveryState.DONE, 202, null, afterLease),
                    "the old holder lost its lease");
            assertTrue(jobs.finish(job.id(), 2L, DeliveryState.DONE, 202, null, afterLease));

            DeliveryJob done = jobs.find(job.id()).orElseThrow();
            assertEquals(DeliveryState.DONE, done.state());
            assertEquals(2, done.attempts());
            assertEquals(202, done.lastStatus());
            assertNull(done.leaseUntil());
            assertEquals(afterLease, done.finishedAt());
            Instant muchLater = afterLease.plus(LEASE.multipliedBy(2));
            assertFalse(jobs.claim(job.id(), 3L, "node-a", muchLater, muchLater.plus(LEASE)),
                    "a finished job is never claimed again");
            assertThrows(IllegalArgumentException.class,
                    () -> jobs.finish(job.id(), 2L, DeliveryState.PENDING, null, null, afterLease));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_node_takes_back_its_own_live_leases_and_no_other_nodes(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            long sender = sender(db);
            DeliveryJob mine = job(sender, "https://m.example/a/10", "https://x.example/inbox", "{}");
            DeliveryJob theirs = job(sender, "https://m.example/a/11", "https://x.example/inbox", "{}");
            DeliveryJob finished = job(sender, "https://m.example/a/12", "https://x.example/inbox", "{}");
            jobs.insertNew(List.of(mine, theirs, finished));
            assertTrue(jobs.claim(mine.id(), 1L, "node-a", T0, T0.plus(LEASE)));
            assertTrue(jobs.claim(theirs.id(), 2L, "node-b", T0, T0.plus(LEASE)));
            assertTrue(jobs.claim(finished.id(), 3L, "node-a", T0, T0.plus(LEASE)));
            assertTrue(jobs.finish(finished.id(), 3L, DeliveryState.DONE, 202, null, T0));

            assertEquals(1, jobs.releaseLeasesOf("node-a"), "only node-a's pending, leased job");
            List<DueJob> due = jobs.findDue(T0.plusSeconds(1), T0, List.of(), 10);
            assertEquals(List.of(mine.id()), due.stream().map(d -> d.job().id()).toList(),
                    "due at once, while node-b's lease still lives");
            assertFalse(jobs.finish(mine.id(), 1L, DeliveryState.DONE, 202, null, T0),
                    "the crashed run's token no longer holds the job");
            assertTrue(jobs.claim(mine.id(), 4L, "node-a", T0.plusSeconds(1), T0.plus(LEASE)));
            assertEquals(DeliveryState.DONE, jobs.find(finished.id()).orElseThrow().state());
            assertEquals(0, jobs.releaseLeasesOf("node-c"));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_rescheduled_job_is_due_again_at_its_next_attempt(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            DeliveryJob job = job(sender(db), "https://m.example/a/3", "https://x.example/inbox", "{}");
            jobs.insertNew(List.of(job));
            assertTrue(jobs.claim(job.id(), 7L, "node-a", T0, T0.plus(LEASE)));
            Instant next = T0.plusSeconds(30);
            assertTrue(jobs.reschedule(job.id(), 7L, next, 503, "HTTP 503"));
            assertFalse(jobs.reschedule(job.id(), 7L, next, 503, "HTTP 503"), "the lease was given back");

            assertTrue(jobs.findDue(next.minusMillis(1), T0, List.of(), 10).isEmpty());
            assertFalse(jobs.claim(job.id(), 8L, "node-a", next.minusMillis(1), next.plus(LEASE)), "not due yet");
            List<DueJob> due = jobs.findDue(next, T0, List.of(), 10);
            assertEquals(List.of(job.id()), due.stream().map(d -> d.job().id()).toList());
            assertFalse(due.get(0).hostUnavailable());
            DeliveryJob stored = due.get(0).job();
            assertEquals(1, stored.attempts());
            assertEquals(503, stored.lastStatus());
            assertEquals("HTTP 503", stored.lastError());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void due_jobs_leave_out_busy_hosts_and_unavailable_hosts_until_their_probe_is_due(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            long sender = sender(db);
            DeliveryJob busy = job(sender, "https://m.example/a/4", "https://busy.example/inbox", "{}");
            DeliveryJob down = job(sender, "https://m.example/a/4", "https://down.example/inbox", "{}");
            DeliveryJob fine = job(sender, "https://m.example/a/4", "https://fine.example/inbox", "{}");
            DeliveryJob later = new DeliveryJob(ids.next(), sender, "https://m.example/a/5",
                    "https://fine.example/inbox", "fine.example", "{}", DeliveryState.PENDING, 0, T0.plusSeconds(60),
                    null, null, null, T0, null);
            jobs.insertNew(List.of(busy, down, fine, later));
            for (int day = 0; day < 7; day++) {
                hosts.recordFailure("down.example", LocalDate.of(2026, 2, 20 + day), T0, 7);
            }

            List<DueJob> due = jobs.findDue(T0, T0.minus(Duration.ofHours(6)), List.of("busy.example"), 10);
            assertEquals(List.of("fine.example"), due.stream().map(d -> d.job().inboxHost()).toList());

            Instant probeTime = T0.plus(Duration.ofHours(6)).plusSeconds(1);
            due = jobs.findDue(probeTime, probeTime.minus(Duration.ofHours(6)), List.of(), 10);
            assertEquals(List.of("busy.example", "down.example", "fine.example", "fine.example"),
                    due.stream().map(d -> d.job().inboxHost()).sorted().toList());
            assertTrue(due.stream().filter(d -> d.job().inboxHost().equals("down.example"))
                    .allMatch(DueJob::hostUnavailable));
            assertEquals(1, jobs.findDue(probeTime, T0, List.of(), 1).size(), "the limit holds");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void stuck_jobs_expire_and_old_finished_jobs_are_deleted(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryJobStore jobs = new JooqDeliveryJobStore(db);
            long sender = sender(db);
            DeliveryJob stuck = job(sender, "https://m.example/a/6", "https://down.example/inbox", "{}");
            DeliveryJob finished = job(sender, "https://m.example/a/6", "https://fine.example/inbox", "{}");
            jobs.insertNew(List.of(stuck, finished));
            jobs.claim(finished.id(), 1L, "node-a", T0, T0.plus(LEASE));
            jobs.finish(finished.id(), 1L, DeliveryState.DONE, 202, null, T0);

            Instant later = T0.plus(Duration.ofDays(15));
            assertEquals(0, jobs.expirePendingCreatedBefore(T0, "expired", later), "created at the cutoff is kept");
            assertEquals(1, jobs.expirePendingCreatedBefore(later.minus(Duration.ofDays(14)), "expired", later));
            DeliveryJob expired = jobs.find(stuck.id()).orElseThrow();
            assertEquals(DeliveryState.FAILED, expired.state());
            assertEquals("expired", expired.lastError());
            assertNotNull(expired.finishedAt());

            assertEquals(1, jobs.deleteFinishedBefore(T0.plusSeconds(1), 10), "only what finished before the cutoff");
            assertTrue(jobs.find(finished.id()).isEmpty());
            assertTrue(jobs.find(stuck.id()).isPresent());
            assertEquals(1, jobs.deleteFinishedBefore(later.plusSeconds(1), 10));
        } finally {
            kind.cleanUp();
        }
    }

    private long sender(Database db) {
        Account account = Accounts.remote(ids.next(), "sender", "m.example");
        new JooqAccountStore(db).insertRemote(account);
        return account.id();
    }

    private DeliveryJob job(long sender, String activityId, String inboxUrl, String body) {
        String host = java.net.URI.create(inboxUrl).getHost();
        return new DeliveryJob(ids.next(), sender, activityId, inboxUrl, host, body, DeliveryState.PENDING, 0, T0,
                null, null, null, T0, null);
    }
}
