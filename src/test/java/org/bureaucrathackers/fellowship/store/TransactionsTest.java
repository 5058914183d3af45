package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Store calls inside {@code inTransaction} commit or roll back together. */
class TransactionsTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_failure_rolls_back_every_store_call_made_in_the_transaction(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            Clock clock = Clock.systemUTC();
            FellowService fellows = new FellowService(accounts, new LocalUris("https://m.example", "m.example"),
                    new Ids(clock), clock);
            assertThrows(IllegalStateException.class, () -> db.run(() -> {
                fellows.create(new FellowService.NewFellow("first", null, null, null, false));
                fellows.create(new FellowService.NewFellow("second", null, null, null, false));
                throw new IllegalStateException("boom");
            }));
            assertEquals(0, accounts.countLocalFellows());

            db.run(() -> {
                fellows.create(new FellowService.NewFellow("first", null, null, null, false));
                db.run(() -> fellows.create(new FellowService.NewFellow("second", null, null, null, false)));
            });
            assertEquals(2, accounts.countLocalFellows());
        } finally {
            kind.cleanUp();
        }
    }
}
