package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqInstanceStatsTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Instant MONTH_AGO = NOW.minus(Duration.ofDays(30));
    private static final Instant HALF_YEAR_AGO = NOW.minus(Duration.ofDays(180));
    private final AtomicLong ids = new AtomicLong(1);

    static List<TestDatabases.Kind> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void activity_counts_fellows_who_joined_or_posted_within_the_window(TestDatabases.Kind kind, @TempDir Path dir) {
        try (Database db = kind.open(dir)) {
            JooqInstanceStats stats = new JooqInstanceStats(db);
            JooqAccountStore accounts = new JooqAccountStore(db);

            long newcomer = insert(accounts, "newcomer", "", Account.ActorType.Person, NOW.minus(Duration.ofDays(2)));
            long poster = insert(accounts, "poster", "", Account.ActorType.Person, NOW.minus(Duration.ofDays(400)));
            long spring = insert(accounts, "spring", "", Account.ActorType.Person, NOW.minus(Duration.ofDays(400)));
            long sleeper = insert(accounts, "sleeper", "", Account.ActorType.Person, NOW.minus(Duration.ofDays(400)));
            long retracted = insert(accounts, "retracted", "", Account.ActorType.Person, NOW.minus(Duration.ofDays(400)));
            long bot = insert(accounts, "bot", "", Account.ActorType.Service, NOW.minus(Duration.ofDays(1)));
            long remote = insert(accounts, "remote", "elsewhere.example", Account.ActorType.Person, NOW);

            TestRows.insertStatus(db, poster, NOW.minus(Duration.ofDays(3)), null);
            TestRows.insertStatus(db, poster, NOW.minus(Duration.ofDays(100)), null);
            TestRows.insertStatus(db, spring, NOW.minus(Duration.ofDays(90)), null);
            TestRows.insertStatus(db, sleeper, NOW.minus(Duration.ofDays(200)), null);
            TestRows.insertStatus(db, retracted, NOW.minus(Duration.ofDays(1)), NOW);
            TestRows.insertStatus(db, bot, NOW.minus(Duration.ofDays(1)), null);
            TestRows.insertStatus(db, remote, NOW.minus(Duration.ofDays(1)), null);

            assertEquals(5, stats.fellows());
            assertEquals(2, stats.fellowsActiveSince(MONTH_AGO), "newcomer and poster");
            assertEquals(3, stats.fellowsActiveSince(HALF_YEAR_AGO), "newcomer, poster and spring");
            assertEquals(5, stats.localPosts(), "local, not deleted: poster 2, spring, sleeper, bot");

            TestRows.markAccountDeleted(db, newcomer, NOW);
            assertEquals(4, stats.fellows());
            assertEquals(1, stats.fellowsActiveSince(MONTH_AGO));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void an_empty_instance_counts_zero(TestDatabases.Kind kind, @TempDir Path dir) {
        try (Database db = kind.open(dir)) {
            JooqInstanceStats stats = new JooqInstanceStats(db);
            assertEquals(0, stats.fellows());
            assertEquals(0, stats.fellowsActiveSince(HALF_YEAR_AGO));
            assertEquals(0, stats.localPosts());
        } finally {
            kind.cleanUp();
        }
    }

    private long insert(JooqAccountStore accounts, String username, String domain, Account.ActorType type,
                        Instant createdAt) {
        long id = ids.incrementAndGet();
        String uri = "https://" + (domain.isEmpty() ? "ministry.example" : domain) + "/users/" + username;
        accounts.insertLocal(new Account(id, username, domain, uri, uri, type, username, "", false, true, true,
                null, null, uri + "/inbox", null, uri + "/outbox", null, null, null, createdAt, createdAt, null,
                List.of()), null, List.of());
        return id;
    }
}
