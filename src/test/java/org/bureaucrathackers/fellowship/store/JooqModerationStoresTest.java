package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.RemoteAccount;
import org.bureaucrathackers.fellowship.moderation.DomainBlock;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Domain blocks and suspensions as stored, on H2 and PostgreSQL. */
class JooqModerationStoresTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_domain_block_is_stored_replaced_listed_and_lifted(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDomainBlockStore store = new JooqDomainBlockStore(db);
            store.upsert(new DomainBlock("spam.example", DomainBlock.Severity.SUSPEND, "spam", NOW));
            store.upsert(new DomainBlock("abuse.example", DomainBlock.Severity.SUSPEND, null, NOW));
            store.upsert(new DomainBlock("spam.example", DomainBlock.Severity.SUSPEND, "spam waves",
                    NOW.plusSeconds(60)));

            assertEquals(2, store.count());
            assertEquals(List.of("abuse.example", "spam.example"),
                    store.list(10).stream().map(DomainBlock::host).toList());
            DomainBlock replaced = store.find("spam.example").orElseThrow();
            assertEquals("spam waves", replaced.reason());
            assertEquals(NOW, replaced.createdAt(), "a block keeps the time it was first made");
            assertTrue(store.delete("spam.example"));
            assertFalse(store.delete("spam.example"));
            assertEquals(Optional.empty(), store.find("spam.example"));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_suspension_survives_a_refresh_of_the_actor_and_can_be_lifted(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqAccountStore accounts = new JooqAccountStore(db);
            JooqSuspensionStore suspensions = new JooqSuspensionStore(db);
            Account alice = Accounts.remote(1, "alice", "social.example");
            accounts.insertRemote(alice);

            assertTrue(suspensions.suspend(alice.id(), NOW));
            assertTrue(suspensions.suspend(alice.id(), NOW.plusSeconds(60)));
            accounts.upsertRemote(new RemoteAccount(alice, NOW.plusSeconds(120), null, List.of()), List.of());

            assertEquals(Optional.of(NOW), suspensions.suspendedAt(alice.uri()), "the first time is kept");
            assertTrue(suspensions.unsuspend(alice.id()));
            assertFalse(suspensions.unsuspend(alice.id()));
            assertEquals(Optional.empty(), suspensions.suspendedAt(alice.uri()));
            assertFalse(suspensions.suspend(999, NOW), "no such account");
        } finally {
            kind.cleanUp();
        }
    }
}
