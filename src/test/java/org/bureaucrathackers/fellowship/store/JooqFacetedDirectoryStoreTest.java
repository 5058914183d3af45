package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfile;
import org.bureaucrathackers.fellowship.actor.GovernmentLevel;
import org.bureaucrathackers.fellowship.actor.OrganisationType;
import org.bureaucrathackers.fellowship.directory.DirectoryFilter;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.directory.Facet;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Structured profiles and the faceted directory's queries on H2 and PostgreSQL. */
class JooqFacetedDirectoryStoreTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private static Account remote(Database db, Ids ids, String name, FellowProfile profile) {
        Account account = Accounts.remote(ids.next(), name, "gov.example");
        new JooqAccountStore(db).insertRemote(account);
        new JooqFellowProfileStore(db).replace(account.id(), profile);
        return account;
    }

    private static FellowProfile profile(String organisation, String country, String sector, List<String> themes) {
        return new FellowProfile(organisation, OrganisationType.GOVERNMENT, "Role of " + organisation, country,
                GovernmentLevel.NATIONAL, sector, themes, "Aims of " + organisation);
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_profile_is_stored_replaced_cleared_and_goes_with_its_account(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqFellowProfileStore profiles = new JooqFellowProfileStore(db);
            FellowProfile first = profile("Tax Office", "PL", "tax", List.of("audit", "tax"));
            Account account = remote(db, ids, "ola", first);
            assertEquals(first, profiles.find(account.id()));

            FellowProfile second = new FellowProfile(null, null, null, "DE", null, null, List.of("tax"), null);
            profiles.replace(account.id(), second);
            assertEquals(second, profiles.find(account.id()));

            profiles.replace(account.id(), FellowProfile.EMPTY);
            assertEquals(FellowProfile.EMPTY, profiles.find(account.id()));

            profiles.replace(account.id(), first);
            new JooqAccountStore(db).deleteRemote(account.id());
            assertEquals(FellowProfile.EMPTY, profiles.find(account.id()));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void fellows_are_filtered_and_each_facet_counted_in_sql(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account a = remote(db, ids, "a", profile("Health 100%", "UA", "health", List.of("opendata", "health")));
            Account b = remote(db, ids, "b", profile("Transport_Agency", "UA", "transport", List.of("opendata")));
            Account c = remote(db, ids, "c", profile("Health Board", "PL", "health", List.of()));
            JooqFacetedDirectoryStore store = new JooqFacetedDirectoryStore(db, PracticeStages.NONE);

            DirectoryFilter ua = new DirectoryFilter(Map.of(Facet.COUNTRY, "UA"), List.of());
            assertEquals(Set.of(a.id(), b.id()), Set.copyOf(store.fellows(ua, DirectoryOrder.NEW, 0, 10)));
            assertEquals(List.of(b.id(), a.id()), store.fellows(ua, DirectoryOrder.NEW, 0, 10));
            assertEquals(List.of(a.id()), store.fellows(ua, DirectoryOrder.NEW, 1, 10));
            assertEquals(Map.of("health", 1L, "transport", 1L), store.counts(Facet.SECTOR, ua, 50));
            assertEquals(Map.of("opendata", 2L, "health", 1L), store.counts(Facet.THEME, ua, 50));
            assertEquals(List.of("opendata"), List.copyOf(store.counts(Facet.THEME, ua, 1).keySet()));
            assertEquals(Map.of("UA", 2L, "PL", 1L), store.counts(Facet.COUNTRY, DirectoryFilter.NONE, 50));
            assertEquals(Map.of(), store.counts(Facet.STAGE, DirectoryFilter.NONE, 50));
            assertEquals(List.of(), store.fellows(new DirectoryFilter(Map.of(Facet.STAGE, "evaluation"), List.of()),
                    DirectoryOrder.ACTIVE, 0, 10));

            // LIKE wildcards in the text are taken literally.
            assertEquals(List.of(a.id()), store.fellows(new DirectoryFilter(Map.of(), List.of("100%")),
                    DirectoryOrder.NEW, 0, 10));
            assertEquals(List.of(b.id()), store.fellows(new DirectoryFilter(Map.of(), List.of("t_a")),
                    DirectoryOrder.NEW, 0, 10));
            assertEquals(List.of(c.id()), store.fellows(new DirectoryFilter(Map.of(Facet.ORGANISATION, "HEALTH BOARD"),
                    List.of()), DirectoryOrder.NEW, 0, 10));
        }
    }
}
