package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqTokenStoreTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void issued_token_resolves_and_only_its_hash_is_stored(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Clock clock = Clock.systemUTC();
            Ids ids = new Ids(clock);
            JooqAccountStore accounts = new JooqAccountStore(db);
            FellowService fellows = new FellowService(accounts, new LocalUris("https://m.example", "m.example"), ids, clock);
            Account alice = fellows.create(new FellowService.NewFellow("alice", null, null, null, false));
            AccessTokens tokens = new AccessTokens(new JooqTokenStore(db), ids, clock);

            AccessTokens.IssuedToken token = tokens.issue(alice, "read write follow");
            assertEquals(Set.of("read", "write", "follow"), token.scopes());
            var stored = tokens.resolve(token.secret()).orElseThrow();
            assertEquals(alice.id(), stored.accountId());
            assertEquals("read write follow", stored.scopes());

            String everyStoredHash = String.join(",", db.dsl().select(org.bureaucrathackers.fellowship.store.schema.Tables.ACCESS_TOKEN.TOKEN_HASH)
                    .from(org.bureaucrathackers.fellowship.store.schema.Tables.ACCESS_TOKEN).fetch().getValues(0, String.class));
            assertFalse(everyStoredHash.contains(token.secret()));
            assertEquals(64, stored.tokenHash().length());

            assertTrue(tokens.resolve(token.secret() + "x").isEmpty());
            assertTrue(tokens.resolve("").isEmpty());
            assertThrows(IllegalArgumentException.class, () -> tokens.issue(alice, "read bogus"));
        } finally {
            kind.cleanUp();
        }
    }
}
