package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.InvalidFellowException;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.PasswordHashes;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The account store and fellow creation, on every available database. */
class JooqAccountStoreTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private record Fixture(Database db, JooqAccountStore store, FellowService fellows) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
        }
    }

    private Fixture open(TestDatabases.Kind kind) {
        Database db = kind.open(tempDir);
        JooqAccountStore store = new JooqAccountStore(db);
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:15:30.123Z"), ZoneOffset.UTC);
        LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
        return new Fixture(db, store, new FellowService(store, uris, new Ids(clock), clock));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void created_fellow_is_stored_with_keys_and_credentials(TestDatabases.Kind kind) {
        try (Fixture f = open(kind)) {
            Account alice = f.fellows().create(new FellowService.NewFellow("Alice", "Alice Anders",
                    "correct horse battery", "Alice@Ministry.example", true));
            Account found = f.store().findLocal("alice").orElseThrow();
            assertEquals(alice.id(), found.id());
            assertEquals("Alice", found.username());
            assertEquals("https://ministry.example/users/Alice", found.uri());
            assertEquals("Alice Anders", found.displayName());
            assertEquals(Instant.parse("2026-03-01T10:15:30.123Z"), found.createdAt());
            assertEquals(found, f.store().findByUri(alice.uri()).orElseThrow());

            List<StoredKey> keys = f.store().keysOf(alice.id());
            assertEquals(2, keys.size());
            StoredKey rsa = keys.stream().filter(k -> k.type() == StoredKey.KeyType.RSA).findFirst().orElseThrow();
            assertEquals("https://ministry.example/users/Alice#main-key", rsa.keyId());
            assertTrue(rsa.publicKey().startsWith("-----BEGIN PUBLIC KEY-----"));
            assertEquals("RSA", KeyMaterial.publicKeyFromPem(rsa.publicKey()).getAlgorithm());
            StoredKey ed = keys.stream().filter(k -> k.type() == StoredKey.KeyType.ED25519).findFirst().orElseThrow();
            assertTrue(ed.publicKey().startsWith("z6Mk"), ed.publicKey());

            var user = f.store().findLocalUserByEmail("alice@ministry.EXAMPLE").orElseThrow();
            assertTrue(user.admin());
            assertTrue(PasswordHashes.matches("correct horse battery", user.passwordHash()));
            assertFalse(PasswordHashes.matches("wrong horse battery", user.passwordHash()));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void usernames_are_unique_regardless_of_case(TestDatabases.Kind kind) {
        try (Fixture f = open(kind)) {
            f.fellows().create(new FellowService.NewFellow("bob", null, null, null, false));
            InvalidFellowException e = assertThrows(InvalidFellowException.class,
                    () -> f.fellows().create(new FellowService.NewFellow("BOB", null, null, null, false)));
            assertTrue(e.getMessage().contains("already taken"), e.getMessage());
            assertEquals(1, f.store().countLocalFellows());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void listing_pages_through_fellows_oldest_first_and_skips_the_instance_actor(TestDatabases.Kind kind) {
        try (Fixture f = open(kind)) {
            f.fellows().instanceActor();
            for (int i = 0; i < 7; i++) {
                f.fellows().create(new FellowService.NewFellow("fellow" + i, null, null, null, false));
            }
            assertEquals(7, f.store().countLocalFellows());
            List<Account> first = f.store().listLocalFellows(0, 5);
            List<Account> rest = f.store().listLocalFellows(5, 5);
            assertEquals(List.of("fellow0", "fellow1", "fellow2", "fellow3", "fellow4"),
                    first.stream().map(Account::username).toList());
            assertEquals(List.of("fellow5", "fellow6"), rest.stream().map(Account::username).toList());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void instance_actor_is_created_once(TestDatabases.Kind kind) {
        try (Fixture f = open(kind)) {
            Account first = f.fellows().instanceActor();
            Account second = f.fellows().instanceActor();
            assertEquals(first.id(), second.id());
            assertEquals(Account.ActorType.Application, second.actorType());
            assertEquals("https://ministry.example/actor", second.uri());
            assertNull(f.store().findLocalUser(first.id()).orElse(null));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void failed_creation_stores_nothing(TestDatabases.Kind kind) {
        try (Fixture f = open(kind)) {
            assertThrows(InvalidFellowException.class,
                    () -> f.fellows().create(new FellowService.NewFellow("carol", null, "short", null, false)));
            assertThrows(InvalidFellowException.class,
                    () -> f.fellows().create(new FellowService.NewFellow("dave", null, null, "not-an-email", false)));
            assertThrows(InvalidFellowException.class,
                    () -> f.fellows().create(new FellowService.NewFellow("ministry.example", null, null, null, false)));
            assertEquals(0, f.store().countLocalFellows());
        } finally {
            kind.cleanUp();
        }
    }
}
