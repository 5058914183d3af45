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
import org.bureaucrathackers.fellowship.post.FeaturedTag;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqStatusStoreTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void open_statuses_page_newest_first_in_both_directions(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account author = Accounts.remote(ids.next(), "author", "somewhere.example");
            new JooqAccountStore(db).insertRemote(author);
            JooqStatusStore store = new JooqStatusStore(db);
            List<Long> open = new ArrayList<>();
            for (int i = 0; i < 11; i++) {
                Status.Visibility visibility = Status.Visibility.values()[i % 4];
                long id = ids.next();
                store.insert(new Status(id, author.id(), author.uri() + "/statuses/" + id, null, visibility,
                        "<p>" + i + "</p>", null, null, Instant.now()));
                if (visibility.isOpen()) {
                    open.add(0, id);
                }
            }
            assertEquals(6, store.countOpen(author.id()));

            Slice<Status> first = store.openByAccount(author.id(), PageRequest.newest(4));
            assertEquals(open.subList(0, 4), first.items().stream().map(Status::id).toList());
            assertTrue(first.hasOlder());
            assertFalse(first.hasNewer());

            Slice<Status> second = store.openByAccount(author.id(), PageRequest.olderThan(open.get(3), 4));
            assertEquals(open.subList(4, 6), second.items().stream().map(Status::id).toList());
            assertFalse(second.hasOlder());
            assertTrue(second.hasNewer());

            Slice<Status> back = store.openByAccount(author.id(), PageRequest.newerThan(open.get(4), 4));
            assertEquals(open.subList(0, 4), back.items().stream().map(Status::id).toList());
            assertFalse(back.hasNewer());
            assertTrue(back.hasOlder());

            Slice<Status> oldest = store.openByAccount(author.id(), PageRequest.newerThan(0, 4));
            assertEquals(open.subList(2, 6), oldest.items().stream().map(Status::id).toList());
            assertTrue(oldest.hasNewer());
            assertFalse(oldest.hasOlder());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void statuses_round_trip_and_only_open_pins_are_listed(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account author = Accounts.remote(ids.next(), "author", "somewhere.example");
            new JooqAccountStore(db).insertRemote(author);
            JooqStatusStore store = new JooqStatusStore(db);
            Instant at = Instant.parse("2026-03-04T05:06:07.123Z");
            Status unlisted = new Status(ids.next(), author.id(), author.uri() + "/s/1", "https://somewhere.example/@author/1",
                    Status.Visibility.UNLISTED, "<p>hello</p>", "fr", "https://elsewhere.example/notes/9", at);
            Status direct = new Status(ids.next(), author.id(), author.uri() + "/s/2", null,
                    Status.Visibility.DIRECT, "<p>secret</p>", null, null, at);
            store.insert(unlisted);
            store.insert(direct);
            store.pin(ids.next(), author.id(), direct.id(), at);
            store.pin(ids.next(), author.id(), unlisted.id(), at);
            assertEquals(List.of(unlisted), store.pinned(author.id(), 10));

            JooqFeaturedTagStore tags = new JooqFeaturedTagStore(db);
            tags.insert(new FeaturedTag(ids.next(), author.id(), "zeta", at));
            tags.insert(new FeaturedTag(ids.next(), author.id(), "alpha", at));
            assertEquals(List.of("zeta", "alpha"), tags.byAccount(author.id(), 10).stream().map(FeaturedTag::name).toList());
            assertEquals(1, tags.byAccount(author.id(), 1).size());
        } finally {
            kind.cleanUp();
        }
    }
}
