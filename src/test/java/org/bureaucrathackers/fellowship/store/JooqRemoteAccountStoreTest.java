package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.actor.RemoteAccount;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Remote accounts in the account store: upsert by uri, fetch metadata, keys, deletion; on every database. */
class JooqRemoteAccountStoreTest {

    private static final Instant FIRST = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T11:30:00Z");

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private static Account remote(long id, String username, String domain, List<ProfileField> fields,
                                  String displayName, Instant at) {
        Account base = Accounts.remote(id, username, domain);
        return new Account(base.id(), base.username(), base.domain(), base.uri(), base.url(), base.actorType(),
                displayName, "<p>bio</p>", false, true, false, null, null, base.inboxUrl(), base.sharedInboxUrl(),
                base.outboxUrl(), base.followersUrl(), base.followingUrl(), null, at, at, null, fields);
    }

    private static StoredKey key(String keyId, String pem) {
        return new StoredKey(keyId, 0, StoredKey.KeyType.RSA, pem, null);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_new_remote_account_is_stored_with_its_fields_keys_and_fetch_metadata(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore store = new JooqAccountStore(db);
            Account bob = remote(101, "Bob", "social.example", List.of(new ProfileField("Site", "<a href=\"x\">x</a>")),
                    "Bob B", FIRST);

            RemoteAccount stored = store.upsertRemote(new RemoteAccount(bob, FIRST, "https://new.example/users/bob",
                    List.of("https://old.example/users/bob", "https://older.example/users/bob")),
                    List.of(key(bob.uri() + "#main-key", "PEM-1")));

            assertEquals(bob, stored.account());
            assertEquals(FIRST, stored.fetchedAt());
            assertEquals("https://new.example/users/bob", stored.movedToUri());
            assertEquals(List.of("https://old.example/users/bob", "https://older.example/users/bob"),
                    stored.alsoKnownAs());
            assertEquals(stored, store.findRemote(bob.uri()).orElseThrow());
            StoredKey key = store.findKey(bob.uri() + "#main-key").orElseThrow();
            assertEquals(101, key.accountId());
            assertEquals("PEM-1", key.publicKey());
            assertNull(key.privateKeyPem());
            assertEquals(bob.id(), store.findRemoteByHandle("bob", "SOCIAL.example").orElseThrow().id());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_refreshed_remote_account_keeps_its_id_and_gets_new_fields_and_keys(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore store = new JooqAccountStore(db);
            Account first = remote(101, "bob", "social.example",
                    List.of(new ProfileField("A", "1"), new ProfileField("B", "2")), "Bob", FIRST);
            store.upsertRemote(new RemoteAccount(first, FIRST, null, List.of("https://old.example/bob")),
                    List.of(key(first.uri() + "#main-key", "PEM-1"), key(first.uri() + "#second", "PEM-2")));

            Account again = remote(999, "bob", "social.example", List.of(new ProfileField("C", "3")), "Bobby", LATER);
            RemoteAccount stored = store.upsertRemote(new RemoteAccount(again, LATER, null, List.of()),
                    List.of(key(first.uri() + "#main-key", "PEM-1b")));

            assertEquals(101, stored.account().id());
            assertEquals(FIRST, stored.account().createdAt());
            assertEquals(LATER, stored.account().updatedAt());
            assertEquals("Bobby", stored.account().displayName());
            assertEquals(List.of(new ProfileField("C", "3")), stored.account().fields());
            assertEquals(LATER, stored.fetchedAt());
            assertEquals(List.of(), stored.alsoKnownAs());
            assertEquals(List.of("PEM-1b"), store.keysOf(101).stream().map(StoredKey::publicKey).toList());
            assertTrue(store.findKey(first.uri() + "#second").isEmpty());
            assertTrue(store.findById(999).isEmpty());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_key_claimed_by_another_actor_of_the_same_server_moves_to_it(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore store = new JooqAccountStore(db);
            Account bob = remote(101, "bob", "social.example", List.of(), "Bob", FIRST);
            Account carol = remote(102, "carol", "social.example", List.of(), "Carol", FIRST);
            String shared = "https://social.example/keys/shared";
            store.upsertRemote(new RemoteAccount(bob, FIRST, null, List.of()), List.of(key(shared, "PEM")));

            store.upsertRemote(new RemoteAccount(carol, FIRST, null, List.of()), List.of(key(shared, "PEM")));

            assertEquals(102, store.findKey(shared).orElseThrow().accountId());
            assertTrue(store.keysOf(101).isEmpty());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_remote_account_may_neither_replace_a_local_one_nor_take_its_keys(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore store = new JooqAccountStore(db);
            LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
            Account alice = Accounts.local(uris, 1, "alice", List.of(), null, null, FIRST, null);
            List<StoredKey> aliceKeys = List.of(new StoredKey(uris.mainKey("alice"), 1, StoredKey.KeyType.RSA,
                    "LOCAL-PEM", "PRIVATE"));
            store.insertLocal(alice, null, aliceKeys);

            Account impostor = new Account(201, "alice", "ministry.example.evil", alice.uri(), null,
                    Account.ActorType.Person, "", "", false, false, false, null, null, "https://evil.example/inbox",
                    null, null, null, null, null, FIRST, FIRST, null, List.of());
            assertThrows(IllegalArgumentException.class,
                    () -> store.upsertRemote(new RemoteAccount(impostor, FIRST, null, List.of()), List.of()));

            Account thief = remote(202, "thief", "evil.example", List.of(), "", FIRST);
            assertThrows(IllegalArgumentException.class, () -> store.upsertRemote(
                    new RemoteAccount(thief, FIRST, null, List.of()), List.of(key(uris.mainKey("alice"), "EVIL"))));

            assertEquals("LOCAL-PEM", store.findKey(uris.mainKey("alice")).orElseThrow().publicKey());
            assertTrue(store.findById(202).isEmpty(), "the failed upsert left nothing behind");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void marking_deleted_touches_only_remote_accounts(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore store = new JooqAccountStore(db);
            LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
            store.insertLocal(Accounts.local(uris, 1, "alice", List.of(), null, null, FIRST, null), null, List.of());
            Account bob = remote(101, "bob", "social.example", List.of(), "Bob", FIRST);
            store.upsertRemote(new RemoteAccount(bob, FIRST, null, List.of()), List.of());

            store.markRemoteDeleted(101, LATER);
            store.markRemoteDeleted(1, LATER);

            assertEquals(LATER, store.findById(101).orElseThrow().deletedAt());
            assertNull(store.findById(1).orElseThrow().deletedAt());
        } finally {
            kind.cleanUp();
        }
    }
}
