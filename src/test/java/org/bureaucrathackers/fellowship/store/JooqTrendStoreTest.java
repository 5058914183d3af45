package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.post.Favourite;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.signals.TagUse;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The counts behind trends, on H2 and PostgreSQL, with statuses posted on different days. */
class JooqTrendStoreTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private static final Instant WEEK_AGO = NOW.minus(Duration.ofDays(7));

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void tags_rank_by_distinct_accounts_then_uses_within_the_window(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqStatusStore statuses = new JooqStatusStore(db);
            JooqMentionTagStore mentionTags = new JooqMentionTagStore(db);
            Account ada = account(db, ids, "ada");
            Account bo = account(db, ids, "bo");
            Account gone = account(db, ids, "gone");
            tagged(statuses, mentionTags, ids, ada, Status.Visibility.PUBLIC, NOW.minus(Duration.ofDays(1)), "wide");
            tagged(statuses, mentionTags, ids, bo, Status.Visibility.PUBLIC, NOW.minus(Duration.ofDays(2)), "wide", "deep");
            for (int i = 0; i < 3; i++) {
                tagged(statuses, mentionTags, ids, ada, Status.Visibility.PUBLIC, NOW.minus(Duration.ofHours(i + 1)), "deep");
            }
            tagged(statuses, mentionTags, ids, ada, Status.Visibility.PUBLIC, NOW.minus(Duration.ofDays(9)), "old", "wide");
            tagged(statuses, mentionTags, ids, ada, Status.Visibility.UNLISTED, NOW.minus(Duration.ofHours(1)), "quiet");
            tagged(statuses, mentionTags, ids, gone, Status.Visibility.PUBLIC, NOW.minus(Duration.ofHours(1)), "ghost");
            TestRows.markAccountDeleted(db, gone.id(), NOW);

            JooqTrendStore trends = new JooqTrendStore(db);
            assertEquals(List.of(new TagUse("deep", 4, 2), new TagUse("wide", 2, 2)), trends.topTags(WEEK_AGO, 0, 10));
            assertEquals(List.of(new TagUse("wide", 2, 2)), trends.topTags(WEEK_AGO, 1, 1));
            Map<String, TagUse> lastDay = trends.uses(List.of("deep", "wide", "old"),
                    NOW.minus(Duration.ofHours(20)), NOW.plusSeconds(1));
            assertEquals(Map.of("deep", new TagUse("deep", 3, 1)), lastDay);
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void statuses_rank_by_favourites_plus_boosts_and_need_one(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqStatusStore statuses = new JooqStatusStore(db);
            JooqMentionTagStore mentionTags = new JooqMentionTagStore(db);
            JooqFavouriteStore favourites = new JooqFavouriteStore(db);
            Account ada = account(db, ids, "ada");
            Account bo = account(db, ids, "bo");
            Account cy = account(db, ids, "cy");
            Status liked = tagged(statuses, mentionTags, ids, ada, Status.Visibility.PUBLIC, NOW.minus(Duration.ofDays(1)));
            Status loved = tagged(statuses, mentionTags, ids, ada, Status.Visibility.PUBLIC, NOW.minus(Duration.ofDays(2)));
            Status old = tagged(statuses, mentionTags, ids, ada, Status.Visibility.PUBLIC, NOW.minus(Duration.ofDays(8)));
            Status hidden = tagged(statuses, mentionTags, ids, ada, Status.Visibility.PRIVATE, NOW.minus(Duration.ofDays(1)));
            tagged(statuses, mentionTags, ids, ada, Status.Visibility.PUBLIC, NOW.minus(Duration.ofDays(1)));
            for (Status status : List.of(liked, loved, old, hidden)) {
                favourites.insert(new Favourite(ids.next(), bo.id(), status.id(), bo.uri() + "#likes/" + status.id(), NOW));
            }
            favourites.insert(new Favourite(ids.next(), cy.id(), loved.id(), cy.uri() + "#likes/" + loved.id(), NOW));
            long boostId = ids.next();
            statuses.insert(new Status(boostId, cy.id(), cy.uri() + "/boosts/" + boostId, null, Status.Visibility.PUBLIC,
                    "", null, null, NOW, null, false, null, null, null, null, loved.id(), null));

            JooqTrendStore trends = new JooqTrendStore(db);
            assertEquals(List.of(loved.id(), liked.id()), trends.topStatusIds(WEEK_AGO, 0, 10));
            assertEquals(List.of(liked.id()), trends.topStatusIds(WEEK_AGO, 1, 10));
        } finally {
            kind.cleanUp();
        }
    }

    private static Account account(Database db, Ids ids, String username) {
        Account account = Accounts.remote(ids.next(), username, "elsewhere.example");
        new JooqAccountStore(db).insertRemote(account);
        return account;
    }

    private static Status tagged(JooqStatusStore statuses, JooqMentionTagStore mentionTags, Ids ids, Account author,
                                 Status.Visibility visibility, Instant createdAt, String... tags) {
        long id = ids.next();
        Status status = new Status(id, author.id(), author.uri() + "/statuses/" + id, null, visibility, "<p>s</p>",
                null, null, createdAt);
        statuses.insert(status);
        mentionTags.replaceTags(id, List.of(tags));
        return status;
    }
}
