package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.community.CommunityService;
import org.bureaucrathackers.fellowship.community.NewCommunity;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Communities beside their Group accounts, removals and moderators, on H2 and (when configured) PostgreSQL. */
class JooqCommunityStoreTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void communities_are_listed_with_their_descriptions_and_removals_are_remembered(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            LocalUris uris = new LocalUris("https://ministry.example", "ministry.example");
            JooqAccountStore accounts = new JooqAccountStore(db);
            JooqCommunityStore store = new JooqCommunityStore(db);
            FellowService fellows = new FellowService(accounts, uris, ids, Clock.systemUTC());
            var chief = fellows.create(new FellowService.NewFellow("chief", null, null, null, true));
            fellows.create(new FellowService.NewFellow("alice", null, null, null, false));
            CommunityService communities = new CommunityService(db, accounts, store, new JooqBoostStore(db), null,
                    uris, ids, Clock.systemUTC());

            Community procurement = communities.create(new NewCommunity("procurement", null, "Buying well", false),
                    chief);
            communities.create(new NewCommunity("permits", "Permits", "", true), chief);

            assertEquals(2, store.count());
            assertEquals(List.of("procurement", "permits"), communities.list(0, 10).stream()
                    .map(Community::name).toList());
            assertEquals(List.of("permits"), communities.list(1, 10).stream().map(Community::name).toList());
            assertEquals(Optional.of("Buying well"), store.description(procurement.account().id()));
            assertEquals(Optional.empty(), store.description(chief.id()));
            assertEquals("https://ministry.example/communities/procurement",
                    accounts.findLocal("PROCUREMENT").orElseThrow().uri());
            assertEquals(List.of(chief.id()), store.moderatorIds(10));

            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            String post = "https://social.example/users/bob/statuses/1";
            assertFalse(store.isRemoved(procurement.account().id(), post));
            assertTrue(store.markRemoved(procurement.account().id(), post, chief.id(), now));
            assertFalse(store.markRemoved(procurement.account().id(), post, chief.id(), now), "once");
            assertTrue(store.isRemoved(procurement.account().id(), post));
        } finally {
            kind.cleanUp();
        }
    }
}
