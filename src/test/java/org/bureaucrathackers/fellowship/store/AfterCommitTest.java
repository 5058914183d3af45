package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** After-commit actions run once the data is visible to everyone, and never for work that rolled back. */
class AfterCommitTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void an_action_runs_after_the_commit_and_sees_the_committed_rows_from_another_connection(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            FellowService fellows = fellows(accounts);
            List<String> seen = new ArrayList<>();
            db.run(() -> {
                fellows.create(new FellowService.NewFellow("first", null, null, null, false));
                // Runs on the pooled connection once committed: it must see the fellow.
                db.afterCommit(() -> seen.add("after commit: " + countOutsideTransaction(accounts)));
                seen.add("in transaction");
            });
            assertEquals(List.of("in transaction", "after commit: 1"), seen);
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_rolled_back_transaction_runs_none_of_its_actions(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            FellowService fellows = fellows(accounts);
            List<String> seen = new ArrayList<>();
            assertThrows(IllegalStateException.class, () -> db.run(() -> {
                fellows.create(new FellowService.NewFellow("first", null, null, null, false));
                db.afterCommit(() -> seen.add("published"));
                db.run(() -> db.afterCommit(() -> seen.add("published from a nested call")));
                throw new IllegalStateException("boom");
            }));
            assertEquals(List.of(), seen);
            assertEquals(0, accounts.countLocalFellows());

            db.run(() -> db.afterCommit(() -> seen.add("the next transaction")));
            assertEquals(List.of("the next transaction"), seen, "nothing of the rolled-back one is left over");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void nested_calls_wait_for_the_outer_commit_and_actions_keep_their_order(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            List<String> seen = new ArrayList<>();
            db.run(() -> {
                db.afterCommit(() -> seen.add("one"));
                db.run(() -> db.afterCommit(() -> seen.add("two")));
                assertTrue(seen.isEmpty(), "nothing runs while the outer transaction is open");
                db.afterCommit(() -> seen.add("three"));
            });
            assertEquals(List.of("one", "two", "three"), seen);
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void outside_a_transaction_an_action_runs_at_once(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            List<String> seen = new ArrayList<>();
            db.afterCommit(() -> seen.add("now"));
            assertEquals(List.of("now"), seen);
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_failing_action_neither_undoes_the_commit_nor_stops_the_others(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            FellowService fellows = fellows(accounts);
            List<String> seen = new ArrayList<>();
            db.run(() -> {
                fellows.create(new FellowService.NewFellow("first", null, null, null, false));
                db.afterCommit(() -> {
                    throw new IllegalStateException("a listener failed");
                });
                db.afterCommit(() -> seen.add("still runs"));
            });
            assertEquals(List.of("still runs"), seen);
            assertEquals(1, accounts.countLocalFellows());
        } finally {
            kind.cleanUp();
        }
    }

    private static FellowService fellows(JooqAccountStore accounts) {
        Clock clock = Clock.systemUTC();
        return new FellowService(accounts, new LocalUris("https://m.example", "m.example"), new Ids(clock), clock);
    }

    /** Counts on a connection of its own, so only committed rows are seen. */
    private static long countOutsideTransaction(JooqAccountStore accounts) {
        long[] count = new long[1];
        Thread reader = new Thread(() -> count[0] = accounts.countLocalFellows());
        reader.start();
        try {
            reader.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
        return count[0];
    }
}
