package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCESS_TOKEN;
import static org.bureaucrathackers.fellowship.store.schema.Tables.OAUTH_APPLICATION;
import static org.bureaucrathackers.fellowship.store.schema.Tables.OAUTH_AUTHORIZATION_CODE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.AuthorizationCodeStore;
import org.bureaucrathackers.fellowship.mastodon.oauth.AuthorizationCodes;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApp;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.oauth.TokenStore;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Applications, authorization codes and application tokens, on H2 and PostgreSQL. */
class JooqOAuthStoresTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void applications_keep_their_redirect_uris_and_scopes_in_order_and_only_a_hash_of_the_secret(
            TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00.123Z"));
            OAuthApps apps = new OAuthApps(new JooqOAuthAppStore(db), new Ids(clock), clock);
            OAuthApps.Registration registration = apps.register(new OAuthApps.NewApp("Tusky", "https://tusky.app",
                    List.of("oauth2redirect://com.keylesspalace.tusky/\nurn:ietf:wg:oauth:2.0:oob"),
                    "write read follow push"));

            OAuthApp found = apps.find(registration.app().clientId()).orElseThrow();
            assertEquals(List.of("oauth2redirect://com.keylesspalace.tusky/", "urn:ietf:wg:oauth:2.0:oob"),
                    found.redirectUris());
            assertEquals(List.of("write", "read", "follow", "push"), List.copyOf(found.scopes()));
            assertEquals(Instant.parse("2026-03-01T10:00:00.123Z"), found.createdAt());
            assertEquals("https://tusky.app", found.website());
            assertTrue(apps.authenticate(found.clientId(), registration.clientSecret()).isPresent());
            assertTrue(apps.authenticate(found.clientId(), registration.clientSecret() + "x").isEmpty());
            String stored = db.dsl().select(OAUTH_APPLICATION.CLIENT_SECRET_HASH).from(OAUTH_APPLICATION)
                    .fetchOne().value1();
            assertFalse(stored.contains(registration.clientSecret()));
            assertEquals(64, stored.length());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_code_is_used_once_and_expired_ones_are_pruned(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
            Ids ids = new Ids(clock);
            Account alice = fellow(db, ids, clock);
            OAuthApp app = new OAuthApps(new JooqOAuthAppStore(db), ids, clock).register(new OAuthApps.NewApp("A",
                    null, List.of("urn:ietf:wg:oauth:2.0:oob"), "read")).app();
            AuthorizationCodes codes = new AuthorizationCodes(new JooqAuthorizationCodeStore(db), ids, clock);

            String code = codes.issue(app, alice.id(), "urn:ietf:wg:oauth:2.0:oob", Set.of("read"), null);
            AuthorizationCodeStore.StoredCode stored = codes.find(code).orElseThrow();
            assertEquals(alice.id(), stored.accountId());
            assertNull(stored.codeChallenge());
            assertFalse(codes.isExpired(stored));
            assertTrue(codes.claim(stored));
            assertFalse(codes.claim(stored), "a code is used once");
            codes.attachToken(stored, 42L);
            assertEquals(42L, codes.find(code).orElseThrow().tokenId());
            assertFalse(db.dsl().select(OAUTH_AUTHORIZATION_CODE.CODE_HASH).from(OAUTH_AUTHORIZATION_CODE).fetch()
                    .getValues(0, String.class).contains(code));

            clock.advance(AuthorizationCodes.LIFETIME);
            assertTrue(codes.isExpired(stored));
            clock.advance(Duration.ofDays(2));
            codes.issue(app, alice.id(), "urn:ietf:wg:oauth:2.0:oob", Set.of("read"), null);
            assertTrue(codes.find(code).isEmpty(), "long-expired codes are deleted when new ones are made");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void application_tokens_may_act_for_no_one_and_carry_a_hashed_refresh_token(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
            Ids ids = new Ids(clock);
            Account alice = fellow(db, ids, clock);
            OAuthApp app = new OAuthApps(new JooqOAuthAppStore(db), ids, clock).register(new OAuthApps.NewApp("A",
                    null, List.of("urn:ietf:wg:oauth:2.0:oob"), "read write")).app();
            AccessTokens tokens = new AccessTokens(new JooqTokenStore(db), ids, clock);

            AccessTokens.IssuedToken appToken = tokens.issue(null, app.id(), Set.of("read"), false);
            TokenStore.StoredToken stored = tokens.resolve(appToken.secret()).orElseThrow();
            assertNull(stored.accountId());
            assertEquals(app.id(), stored.applicationId());
            assertNull(stored.refreshTokenHash());

            AccessTokens.IssuedToken userToken = tokens.issue(alice.id(), app.id(), Set.of("read", "write"), true);
            assertEquals(userToken.id(), tokens.findByRefresh(userToken.refreshSecret()).orElseThrow().id());
            assertEquals(userToken.id(), tokens.findBySecret(userToken.refreshSecret()).orElseThrow().id());
            assertFalse(db.dsl().select(ACCESS_TOKEN.REFRESH_TOKEN_HASH).from(ACCESS_TOKEN).fetch()
                    .getValues(0, String.class).contains(userToken.refreshSecret()));

            assertTrue(tokens.revoke(userToken.id()));
            assertFalse(tokens.revoke(userToken.id()), "revoking twice changes nothing");
            assertTrue(tokens.resolve(userToken.secret()).isEmpty());
            assertTrue(tokens.findByRefresh(userToken.refreshSecret()).orElseThrow().isRevoked());

            tokens.issue(alice, "read");
            tokens.issue(alice, "write");
            assertEquals(2, tokens.revokeAllOf(alice.id()));
            assertTrue(tokens.resolve(appToken.secret()).isPresent(), "the application's own token stays");
        } finally {
            kind.cleanUp();
        }
    }

    private static Account fellow(Database db, Ids ids, MutableClock clock) {
        return new FellowService(new JooqAccountStore(db), new LocalUris("https://m.example", "m.example"), ids, clock)
                .create(new FellowService.NewFellow("alice", null, null, null, false));
    }
}
