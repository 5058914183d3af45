package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.directory.DirectoryFilter;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.directory.FacetedDirectory;
import org.bureaucrathackers.fellowship.directory.ProfileDirectory;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.bureaucrathackers.fellowship.testing.StatementCounter;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A directory page ({@code GET /api/v1/directory}, {@code GET /api/fellowship/v1/directory}) costs the same
 * number of SQL statements for 5 fellows as for 40: accounts, counts, settings and fields are loaded for the
 * whole page, one query per kind; and the entities are those each account would have on its own.
 */
class DirectoryPageQueriesTest {

    private static final int FELLOWS = 40;

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_page_of_forty_fellows_costs_the_statements_of_a_page_of_five(TestDatabases.Kind kind) {
        try (SocialFixture f = new SocialFixture(kind, tempDir)) {
            List<Account> fellows = new ArrayList<>();
            for (int i = 0; i < FELLOWS; i++) {
                Account fellow = f.local("fellow" + i);
                fellows.add(fellow);
                if (i % 3 != 0) {
                    f.posts.post(fellow, new NewPost("Note " + i, Status.Visibility.PUBLIC, null, null, null));
                }
                if (i > 0 && i % 2 == 0) {
                    f.acceptedFollow(fellow, fellows.get(i / 2));
                }
            }
            f.posts.post(fellows.get(1), new NewPost("Only followers", Status.Visibility.PRIVATE, null, null, null));
            AccountLookup lookup = new AccountLookup(f.accounts, null, f.uris);
            ProfileDirectory directory = new ProfileDirectory(new JooqDirectoryStore(f.db), lookup);
            FacetedDirectory faceted = new FacetedDirectory(
                    new JooqFacetedDirectoryStore(f.db, new JooqPracticeStages()), lookup);
            AccountEntities entities = new AccountEntities(f.follows, f.timelines, f.uris, f.accounts);
            StatementCounter counter = StatementCounter.on(f.db);

            for (DirectoryOrder order : DirectoryOrder.values()) {
                List<String> five = counter.during(() -> entities.accounts(directory.list(order, true, 0, 5)));
                List<String> forty = counter.during(() -> entities.accounts(directory.list(order, true, 0, FELLOWS)));
                assertEquals(five.size(), forty.size(), "the Mastodon directory, " + order + ":\n"
                        + String.join("\n", forty));
                assertTrue(forty.size() > 0 && forty.size() <= 8, forty.size() + " statements");
            }
            DirectoryFilter everyone = FacetedDirectory.filter(java.util.Map.of(), null);
            List<String> five = counter.during(() -> entities.accounts(faceted.list(everyone, DirectoryOrder.NEW, 0, 5)
                    .accounts()));
            List<String> forty = counter.during(() -> entities.accounts(faceted.list(everyone, DirectoryOrder.NEW, 0,
                    FELLOWS).accounts()));
            assertEquals(five.size(), forty.size(), "the Fellowship directory:\n" + String.join("\n", forty));

            List<Account> page = directory.list(DirectoryOrder.ACTIVE, true, 0, FELLOWS);
            assertEquals(FELLOWS, page.size());
            ArrayNode oneByOne = Json.MAPPER.createArrayNode();
            for (Account account : page) {
                Account alone = lookup.byId(account.id()).orElseThrow();
                assertEquals(alone, account, "the same account, loaded with the page or alone");
                oneByOne.add(entities.account(alone));
            }
            assertEquals(oneByOne, entities.accounts(page), "the same entities, loaded with the page or alone");
            assertTrue(oneByOne.toString().contains("\"statuses_count\":1"), oneByOne.toString());
            assertTrue(oneByOne.toString().contains("\"followers_count\":1"), oneByOne.toString());
        }
    }
}
