package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.DirectoryFilter;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.directory.Facet;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.practice.PracticeIndex;
import org.bureaucrathackers.fellowship.practice.PracticeRow;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The directory's stage filter and facet from the practice table, on H2 and PostgreSQL. */
class JooqPracticeStagesTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private static Account fellow(Database db, Ids ids, String name) {
        Account account = Accounts.remote(ids.next(), name, "gov.example");
        new JooqAccountStore(db).insertRemote(account);
        return account;
    }

    private static void practice(Database db, Ids ids, Account author, String stage, Status.Visibility visibility) {
        long id = ids.next();
        new JooqStatusStore(db).insert(new Status(id, author.id(), author.uri() + "/statuses/" + id, null,
                visibility, "<p>practice</p>", null, null, Instant.now()));
        new JooqPracticeStore(db).save(new PracticeRow(id, author.id(), "{}", Instant.now()),
                new PracticeIndex("A practice", "UA", null, null, null, stage, null, "en", "a practice",
                        List.of(), List.of(), List.of()));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void fellows_are_filtered_and_counted_by_the_stages_of_their_readable_practices(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account a = fellow(db, ids, "a");
            Account b = fellow(db, ids, "b");
            Account c = fellow(db, ids, "c");
            fellow(db, ids, "d");
            practice(db, ids, a, "implementing", Status.Visibility.PUBLIC);
            practice(db, ids, b, "implementing", Status.Visibility.UNLISTED);
            practice(db, ids, b, "implementing", Status.Visibility.PUBLIC);
            practice(db, ids, b, "evaluating", Status.Visibility.PUBLIC);
            practice(db, ids, c, "evaluating", Status.Visibility.PRIVATE);
            practice(db, ids, c, null, Status.Visibility.PUBLIC);
            JooqFacetedDirectoryStore store = new JooqFacetedDirectoryStore(db, new JooqPracticeStages());

            DirectoryFilter implementing = new DirectoryFilter(Map.of(Facet.STAGE, "implementing"), List.of());
            assertEquals(Set.of(a.id(), b.id()),
                    Set.copyOf(store.fellows(implementing, DirectoryOrder.NEW, 0, 10)));
            assertEquals(List.of(b.id()), store.fellows(new DirectoryFilter(Map.of(Facet.STAGE, "evaluating"),
                    List.of()), DirectoryOrder.ACTIVE, 0, 10));
            DirectoryFilter none = new DirectoryFilter(Map.of(), List.of());
            assertEquals(Map.of("implementing", 2L, "evaluating", 1L), store.counts(Facet.STAGE, none, 10));
            assertEquals(List.of("implementing"), List.copyOf(store.counts(Facet.STAGE, none, 1).keySet()),
                    "most first, bounded");
        }
    }
}
