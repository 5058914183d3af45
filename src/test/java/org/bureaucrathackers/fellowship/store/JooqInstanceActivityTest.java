package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.mastodon.oauth.TokenStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqInstanceActivityTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));
    private static final LocalUris URIS = new LocalUris("https://ministry.example", "ministry.example");

    static List<TestDatabases.Kind> databases() {
        return TestDatabases.available();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void peers_are_the_distinct_domains_of_remote_accounts_sorted(TestDatabases.Kind kind, @TempDir Path dir) {
        try (Database db = kind.open(dir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            accounts.insertRemote(Accounts.remote(1, "bob", "zeta.example"));
            accounts.insertRemote(Accounts.remote(2, "carol", "alpha.example:8443"));
            accounts.insertRemote(Accounts.remote(3, "dan", "zeta.example"));
            JooqInstanceActivity activity = new JooqInstanceActivity(db);
            assertEquals(2, activity.knownDomains());
            assertEquals(List.of("alpha.example:8443", "zeta.example"), activity.peers(10));
            assertEquals(List.of("alpha.example:8443"), activity.peers(1));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void weekly_counts_take_statuses_sign_ins_and_arrivals_inside_the_range(TestDatabases.Kind kind,
                                                                           @TempDir Path dir) {
        try (Database db = kind.open(dir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            long fresh = local(accounts, 10, "fresh", NOW.minus(Duration.ofDays(2)), false);
            long old = local(accounts, 11, "old", NOW.minus(Duration.ofDays(30)), false);
            accounts.insertRemote(Accounts.remote(12, "bob", "agency.example"));
            TestRows.insertStatus(db, fresh, NOW.minus(Duration.ofDays(1)), null);
            TestRows.insertStatus(db, old, NOW.minus(Duration.ofDays(3)), null);
            TestRows.insertStatus(db, old, NOW.minus(Duration.ofDays(3)), NOW);
            TestRows.insertStatus(db, old, NOW.minus(Duration.ofDays(10)), null);
            TestRows.insertStatus(db, 12, NOW.minus(Duration.ofDays(1)), null);
            JooqTokenStore tokens = new JooqTokenStore(db);
            tokens.insert(new TokenStore.StoredToken(100, fresh, "a".repeat(64), "read", NOW.minus(Duration.ofDays(1)), null));
            tokens.insert(new TokenStore.StoredToken(101, fresh, "b".repeat(64), "read", NOW.minus(Duration.ofDays(2)), null));
            tokens.insert(new TokenStore.StoredToken(102, old, "c".repeat(64), "read", NOW.minus(Duration.ofDays(9)), null));

            JooqInstanceActivity activity = new JooqInstanceActivity(db);
            assertEquals(2, activity.localStatuses(WEEK_AGO, NOW), "local, not deleted, this week");
            assertEquals(1, activity.logins(WEEK_AGO, NOW), "one fellow, two tokens");
            assertEquals(1, activity.registrations(WEEK_AGO, NOW));
            assertEquals(1, activity.localStatuses(WEEK_AGO.minus(Duration.ofDays(7)), WEEK_AGO));
            assertEquals(1, activity.logins(WEEK_AGO.minus(Duration.ofDays(7)), WEEK_AGO));
            assertEquals(0, activity.registrations(WEEK_AGO.minus(Duration.ofDays(7)), WEEK_AGO));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void contact_account_is_the_oldest_administrator_still_there(TestDatabases.Kind kind, @TempDir Path dir) {
        try (Database db = kind.open(dir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            JooqInstanceActivity activity = new JooqInstanceActivity(db);
            local(accounts, 20, "member", NOW.minus(Duration.ofDays(90)), false);
            assertEquals(Optional.empty(), activity.contactAccountId());
            local(accounts, 21, "second", NOW.minus(Duration.ofDays(10)), true);
            long first = local(accounts, 22, "first", NOW.minus(Duration.ofDays(60)), true);
            assertEquals(Optional.of(first), activity.contactAccountId());
            TestRows.markAccountDeleted(db, first, NOW);
            assertEquals(Optional.of(21L), activity.contactAccountId());
        } finally {
            kind.cleanUp();
        }
    }

    private static long local(JooqAccountStore accounts, long id, String username, Instant createdAt, boolean admin) {
        Account account = Accounts.local(URIS, id, username, List.of(), null, null, createdAt, null);
        accounts.insertLocal(account, new LocalUser(id, null, null, admin, createdAt), List.of());
        return id;
    }
}
