package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.session.SessionStore;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Browser sessions, on H2 and PostgreSQL. */
class JooqSessionStoreTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_session_is_found_by_its_hash_until_deleted_or_pruned(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00.123Z"));
            Ids ids = new Ids(clock);
            Account alice = new FellowService(new JooqAccountStore(db), new LocalUris("https://m.example",
                    "m.example"), ids, clock).create(new FellowService.NewFellow("alice", null, null, null, false));
            JooqSessionStore store = new JooqSessionStore(db);
            Instant now = clock.instant();
            SessionStore.StoredSession lasting = new SessionStore.StoredSession(ids.next(), "a".repeat(64),
                    alice.id(), now, now.plusSeconds(3_600));
            SessionStore.StoredSession ended = new SessionStore.StoredSession(ids.next(), "b".repeat(64), alice.id(),
                    now.minusSeconds(7_200), now.minusSeconds(1));
            store.insert(lasting);
            store.insert(ended);

            assertEquals(lasting, store.findByHash("a".repeat(64)).orElseThrow());
            assertEquals(1, store.deleteExpiredBefore(now));
            assertTrue(store.findByHash("b".repeat(64)).isEmpty());
            store.delete(lasting.id());
            assertTrue(store.findByHash("a".repeat(64)).isEmpty());
        } finally {
            kind.cleanUp();
        }
    }
}
