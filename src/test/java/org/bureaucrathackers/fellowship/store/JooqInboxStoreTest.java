package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.inbox.InboxJob;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqInboxStoreTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private static InboxJob job(long id) {
        return new InboxJob(id, "https://remote.example/a/" + id, "https://remote.example/users/alice", true,
                "{\"id\":\"https://remote.example/a/" + id + "\"}", 0, NOW);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void an_activity_id_is_seen_only_once(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqInboxStore store = new JooqInboxStore(db);
            assertTrue(store.markSeen("https://remote.example/a/1", NOW));
            assertFalse(store.markSeen("https://remote.example/a/1", NOW.plusSeconds(5)));
            assertEquals(1, store.forgetSeenBefore(NOW.plusSeconds(1)));
            assertTrue(store.markSeen("https://remote.example/a/1", NOW.plusSeconds(10)));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_claimed_job_is_not_claimed_again_until_its_lease_runs_out(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqInboxStore store = new JooqInboxStore(db);
            store.enqueue(job(1), NOW);
            store.enqueue(job(2), NOW);
            List<InboxJob> first = store.claimDue("node-a", NOW, LEASE, 10);
            assertEquals(List.of(1L, 2L), first.stream().map(InboxJob::id).toList());
            assertEquals(1, first.get(0).attempts());
            assertTrue(store.claimDue("node-a", NOW.plusSeconds(60), LEASE, 10).isEmpty(), "leased jobs stay with their worker");

            store.complete(1, NOW.plusSeconds(1));
            List<InboxJob> afterLease = store.claimDue("node-a", NOW.plus(LEASE).plusSeconds(1), LEASE, 10);
            assertEquals(List.of(2L), afterLease.stream().map(InboxJob::id).toList(), "a crashed worker's job comes back");
            assertEquals(2, afterLease.get(0).attempts());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void retried_jobs_wait_and_failed_jobs_never_come_back(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqInboxStore store = new JooqInboxStore(db);
            store.enqueue(job(1), NOW);
            store.enqueue(job(2), NOW);
            store.claimDue("node-a", NOW, LEASE, 10);
            store.retryLater(1, NOW.plusSeconds(30), "peer down");
            store.fail(2, "refused: missing object", NOW);
            assertTrue(store.claimDue("node-a", NOW.plusSeconds(10), LEASE, 10).isEmpty());
            assertEquals(List.of(1L), store.claimDue("node-a", NOW.plusSeconds(31), LEASE, 10).stream().map(InboxJob::id).toList());
            assertEquals(1, store.purgeFinishedBefore(NOW.plusSeconds(1)), "only the failed job is finished");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_node_takes_back_its_own_claims_and_hands_back_unstarted_ones(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqInboxStore store = new JooqInboxStore(db);
            store.enqueue(job(1), NOW);
            store.enqueue(job(2), NOW);
            store.enqueue(job(3), NOW);
            assertEquals(2, store.claimDue("node-a", NOW, LEASE, 2).size());
            assertEquals(List.of(3L), store.claimDue("node-b", NOW, LEASE, 10).stream().map(InboxJob::id).toList());

            assertEquals(2, store.releaseLeasesOf("node-a"));
            List<InboxJob> again = store.claimDue("node-a", NOW.plusSeconds(1), LEASE, 10);
            assertEquals(List.of(1L, 2L), again.stream().map(InboxJob::id).toList(),
                    "node-a's claims are due at once; node-b's lease still holds job 3");
            assertEquals(2, again.get(0).attempts(), "the attempt under way at the crash counts");

            store.release(2);
            InboxJob handedBack = store.claimDue("node-a", NOW.plusSeconds(2), LEASE, 10).get(0);
            assertEquals(2L, handedBack.id());
            assertEquals(2, handedBack.attempts(), "a claim handed back unstarted is not counted as an attempt");
        } finally {
            kind.cleanUp();
        }
    }
}
