package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mastodon's cursors: since_id gives the newest page above it; max_id combines with min_id or since_id. */
class CursorPagingTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void since_id_returns_the_newest_page_and_max_id_bounds_both_lower_cursors(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account author = Accounts.remote(ids.next(), "author", "somewhere.example");
            new JooqAccountStore(db).insertRemote(author);
            JooqStatusStore store = new JooqStatusStore(db);
            JooqTimelineStore timelines = new JooqTimelineStore(db);
            List<Long> newestFirst = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                long id = ids.next();
                store.insert(new Status(id, author.id(), author.uri() + "/statuses/" + id, null,
                        Status.Visibility.PUBLIC, "<p>" + i + "</p>", null, null, Instant.now()));
                newestFirst.add(0, id);
            }

            Slice<Status> since = timelines.openByAccount(author.id(), new PageRequest(null, null, newestFirst.get(7), 3));
            assertEquals(newestFirst.subList(0, 3), idsOf(since));
            assertTrue(since.hasOlder());
            assertFalse(since.hasNewer());

            Slice<Status> min = timelines.openByAccount(author.id(), new PageRequest(null, newestFirst.get(7), null, 3));
            assertEquals(newestFirst.subList(4, 7), idsOf(min));
            assertTrue(min.hasNewer());

            Slice<Status> between = timelines.openByAccount(author.id(),
                    new PageRequest(newestFirst.get(2), newestFirst.get(6), null, 10));
            assertEquals(newestFirst.subList(3, 6), idsOf(between));
            assertTrue(between.hasNewer());
            assertTrue(between.hasOlder());

            Slice<Status> sinceBelowMax = timelines.openByAccount(author.id(),
                    new PageRequest(newestFirst.get(1), null, newestFirst.get(4), 10));
            assertEquals(newestFirst.subList(2, 4), idsOf(sinceBelowMax));

            Slice<Status> none = timelines.openByAccount(author.id(), new PageRequest(null, null, newestFirst.get(0), 5));
            assertTrue(none.items().isEmpty());
        }
    }

    private static List<Long> idsOf(Slice<Status> slice) {
        return slice.items().stream().map(Status::id).toList();
    }
}
