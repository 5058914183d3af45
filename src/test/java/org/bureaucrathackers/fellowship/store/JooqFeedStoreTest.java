package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.moderation.Suspensions;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What feeds list, on H2 and PostgreSQL: public posts only, newest first, nothing of gone accounts. */
class JooqFeedStoreTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void an_account_feed_has_its_public_posts_and_own_threads_newest_first(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Posts posts = new Posts(db);
            Account ada = posts.account("ada");
            Account bo = posts.account("bo");
            Status first = posts.add(ada, Status.Visibility.PUBLIC, null, null);
            posts.add(ada, Status.Visibility.UNLISTED, null, null);
            posts.add(ada, Status.Visibility.PRIVATE, null, null);
            posts.add(ada, Status.Visibility.DIRECT, null, null);
            Status bos = posts.add(bo, Status.Visibility.PUBLIC, null, null);
            posts.add(ada, Status.Visibility.PUBLIC, bos, null);
            Status thread = posts.add(ada, Status.Visibility.PUBLIC, first, null);
            Status deleted = posts.add(ada, Status.Visibility.PUBLIC, null, null);
            db.dsl().update(STATUS).set(STATUS.DELETED_AT, Times.time(NOW)).where(STATUS.ID.eq(deleted.id())).execute();

            JooqFeedStore feeds = new JooqFeedStore(db);
            assertEquals(List.of(thread.id(), first.id()), ids(feeds.publicPostsOf(ada.id(), 40)));
            assertEquals(List.of(thread.id()), ids(feeds.publicPostsOf(ada.id(), 1)));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_hashtag_feed_leaves_out_what_is_not_public_and_accounts_deleted_or_suspended(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Posts posts = new Posts(db);
            Account ada = posts.account("ada");
            Account bo = posts.account("bo");
            Account cy = posts.account("cy");
            Status adas = posts.add(ada, Status.Visibility.PUBLIC, null, "opengov");
            posts.add(ada, Status.Visibility.UNLISTED, null, "opengov");
            posts.add(ada, Status.Visibility.PRIVATE, null, "opengov");
            posts.add(ada, Status.Visibility.PUBLIC, null, "other");
            Status bos = posts.add(bo, Status.Visibility.PUBLIC, null, "opengov");
            Status reply = posts.add(cy, Status.Visibility.PUBLIC, adas, "opengov");
            JooqFeedStore feeds = new JooqFeedStore(db);
            assertEquals(List.of(reply.id(), bos.id(), adas.id()), ids(feeds.publicTagged("opengov", 40)),
                    "replies with the hashtag count, as on the hashtag page");

            new Suspensions(new JooqSuspensionStore(db), Clock.systemUTC()).suspend(bo);
            TestRows.markAccountDeleted(db, cy.id(), NOW);
            assertEquals(List.of(adas.id()), ids(feeds.publicTagged("opengov", 40)));
            assertEquals(List.of(), feeds.publicPostsOf(bo.id(), 40));
        } finally {
            kind.cleanUp();
        }
    }

    private static List<Long> ids(List<Status> statuses) {
        return statuses.stream().map(Status::id).toList();
    }

    /** Accounts of another server and their posts, each newer than the last. */
    private static final class Posts {
        private final Database db;
        private final Ids ids = new Ids(Clock.systemUTC());
        private final JooqStatusStore statuses;
        private final JooqMentionTagStore tags;

        Posts(Database db) {
            this.db = db;
            this.statuses = new JooqStatusStore(db);
            this.tags = new JooqMentionTagStore(db);
        }

        Account account(String username) {
            Account account = Accounts.remote(ids.next(), username, "elsewhere.example");
            new JooqAccountStore(db).insertRemote(account);
            return account;
        }

        Status add(Account author, Status.Visibility visibility, Status inReplyTo, String tag) {
            long id = ids.next();
            Status status = new Status(id, author.id(), author.uri() + "/statuses/" + id, null, visibility,
                    "<p>s</p>", null, inReplyTo == null ? null : inReplyTo.uri(), NOW, null, false, null,
                    inReplyTo == null ? null : inReplyTo.id(), inReplyTo == null ? null : inReplyTo.accountId(),
                    null, null, null);
            statuses.insert(status);
            if (tag != null) {
                tags.replaceTags(id, List.of(tag));
            }
            return status;
        }
    }
}
