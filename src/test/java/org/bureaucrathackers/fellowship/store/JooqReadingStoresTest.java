package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.reading.AccountList;
import org.bureaucrathackers.fellowship.reading.ContentFilter;
import org.bureaucrathackers.fellowship.reading.FollowedTag;
import org.bureaucrathackers.fellowship.reading.ListMember;
import org.bureaucrathackers.fellowship.reading.Marker;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Read markers, lists, filters and followed hashtags on H2 and PostgreSQL. */
class JooqReadingStoresTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:15:30.123Z");

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_marker_starts_at_version_0_and_counts_only_real_moves(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account ada = remote(db, ids, "ada");
            JooqMarkerStore markers = new JooqMarkerStore(db);
            assertEquals(List.of(), markers.find(ada.id()));
            assertEquals(new Marker(ada.id(), Marker.Timeline.NOTIFICATIONS, 7, 0, AT),
                    markers.save(ada.id(), Marker.Timeline.NOTIFICATIONS, 7, AT));
            markers.save(ada.id(), Marker.Timeline.HOME, 10, AT);
            Instant later = AT.plusSeconds(60);
            assertEquals(new Marker(ada.id(), Marker.Timeline.HOME, 12, 1, later),
                    markers.save(ada.id(), Marker.Timeline.HOME, 12, later));
            assertEquals(1, markers.save(ada.id(), Marker.Timeline.HOME, 12, later.plusSeconds(5)).version());
            assertEquals(List.of(new Marker(ada.id(), Marker.Timeline.HOME, 12, 1, later),
                    new Marker(ada.id(), Marker.Timeline.NOTIFICATIONS, 7, 0, AT)), markers.find(ada.id()));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void lists_keep_members_and_count_only_followed_ones(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account owner = remote(db, ids, "owner");
            Account followed = remote(db, ids, "followed");
            Account dropped = remote(db, ids, "dropped");
            JooqFollowStore follows = new JooqFollowStore(db);
            follow(follows, ids, owner, followed);
            JooqListStore lists = new JooqListStore(db);
            AccountList list = new AccountList(ids.next(), owner.id(), "Peers", AccountList.RepliesPolicy.LIST, true, AT);
            lists.insert(list);
            AccountList other = new AccountList(ids.next(), owner.id(), "Other", AccountList.RepliesPolicy.NONE, false, AT);
            lists.insert(other);
            assertEquals(Optional.of(list), lists.find(list.id()));
            assertEquals(List.of(list, other), lists.ofOwner(owner.id(), 10));
            assertEquals(2, lists.countOfOwner(owner.id()));
            AccountList renamed = list.with("Peers at work", AccountList.RepliesPolicy.FOLLOWED, false);
            lists.update(renamed);
            assertEquals(Optional.of(renamed), lists.find(list.id()));

            long first = ids.next();
            lists.addMember(first, list.id(), followed.id());
            lists.addMember(ids.next(), list.id(), dropped.id());
            assertTrue(lists.hasMember(list.id(), dropped.id()));
            assertEquals(2, lists.countMembers(list.id()));
            assertEquals(List.of(new ListMember(first, followed.id())), lists.allMembers(renamed, 10),
                    "an account not followed does not count");
            Slice<ListMember> page = lists.members(renamed, PageRequest.newest(1));
            assertEquals(List.of(new ListMember(first, followed.id())), page.items());
            assertFalse(page.hasOlder());
            assertEquals(List.of(renamed), lists.ofOwnerWithMember(owner.id(), followed.id(), 10));
            assertEquals(List.of(), lists.ofOwnerWithMember(owner.id(), owner.id(), 10));

            lists.removeMembers(list.id(), List.of(followed.id(), 999L));
            assertEquals(1, lists.countMembers(list.id()));
            lists.delete(list.id());
            assertEquals(Optional.empty(), lists.find(list.id()));
            assertFalse(lists.hasMember(list.id(), dropped.id()), "members go with their list");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_list_timeline_pages_over_visible_statuses_of_members(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account owner = remote(db, ids, "owner");
            Account member = remote(db, ids, "member");
            Account outsider = remote(db, ids, "outsider");
            follow(new JooqFollowStore(db), ids, owner, member);
            JooqListStore lists = new JooqListStore(db);
            AccountList list = new AccountList(ids.next(), owner.id(), "L", AccountList.RepliesPolicy.LIST, false, AT);
            lists.insert(list);
            lists.addMember(ids.next(), list.id(), member.id());
            JooqStatusStore statuses = new JooqStatusStore(db);
            Status a = status(statuses, ids, member, Status.Visibility.PUBLIC);
            Status b = status(statuses, ids, member, Status.Visibility.PRIVATE);
            status(statuses, ids, member, Status.Visibility.DIRECT);
            status(statuses, ids, outsider, Status.Visibility.PUBLIC);
            Status c = status(statuses, ids, member, Status.Visibility.UNLISTED);

            assertEquals(List.of(c, b, a), lists.timeline(list, PageRequest.newest(10)).items());
            Slice<Status> newest = lists.timeline(list, PageRequest.newest(2));
            assertEquals(List.of(c, b), newest.items());
            assertTrue(newest.hasOlder());
            assertEquals(List.of(a), lists.timeline(list, PageRequest.olderThan(b.id(), 2)).items());
            assertEquals(List.of(c), lists.timeline(list, PageRequest.newerThan(b.id(), 2)).items());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void filters_are_stored_with_their_keywords_and_replaced_whole(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account ada = remote(db, ids, "ada");
            JooqFilterStore filters = new JooqFilterStore(db);
            ContentFilter filter = new ContentFilter(ids.next(), ada.id(), "Spoilers",
                    Set.of(ContentFilter.Context.THREAD, ContentFilter.Context.HOME), ContentFilter.Action.WARN,
                    AT.plusSeconds(3600), AT, List.of(new ContentFilter.Keyword(ids.next(), "ending", true),
                    new ContentFilter.Keyword(ids.next(), "finale", false)));
            filters.insert(filter);
            ContentFilter empty = new ContentFilter(ids.next(), ada.id(), "Empty", Set.of(ContentFilter.Context.PUBLIC),
                    ContentFilter.Action.HIDE, null, AT, List.of());
            filters.insert(empty);
            assertEquals(Optional.of(filter), filters.find(filter.id()));
            assertEquals(List.of(ContentFilter.Context.HOME, ContentFilter.Context.THREAD),
                    filters.find(filter.id()).orElseThrow().orderedContexts());
            assertEquals(List.of(filter, empty), filters.ofOwner(ada.id(), 10));
            assertEquals(2, filters.countOfOwner(ada.id()));

            ContentFilter changed = new ContentFilter(filter.id(), ada.id(), "Plot", Set.of(ContentFilter.Context.ACCOUNT),
                    ContentFilter.Action.HIDE, null, AT, List.of(new ContentFilter.Keyword(filter.keywords().get(1).id(),
                    "last episode", false)));
            filters.replace(changed);
            assertEquals(Optional.of(changed), filters.find(filter.id()));
            filters.delete(filter.id());
            assertEquals(List.of(empty), filters.ofOwner(ada.id(), 10));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void following_a_tag_twice_keeps_one_row(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account ada = remote(db, ids, "ada");
            JooqFollowedTagStore tags = new JooqFollowedTagStore(db);
            FollowedTag first = new FollowedTag(ids.next(), ada.id(), "opendata", AT);
            tags.insert(first);
            tags.insert(new FollowedTag(ids.next(), ada.id(), "opendata", AT));
            FollowedTag second = new FollowedTag(ids.next(), ada.id(), "civictech", AT);
            tags.insert(second);
            assertEquals(2, tags.count(ada.id()));
            assertEquals(Set.of("opendata"), tags.followed(ada.id(), List.of("opendata", "other")));
            Slice<FollowedTag> page = tags.page(ada.id(), PageRequest.newest(1));
            assertEquals(List.of(second), page.items());
            assertTrue(page.hasOlder());
            tags.delete(ada.id(), "opendata");
            tags.delete(ada.id(), "opendata");
            assertEquals(List.of(second), tags.page(ada.id(), PageRequest.newest(10)).items());
        } finally {
            kind.cleanUp();
        }
    }

    private static Account remote(Database db, Ids ids, String username) {
        Account account = Accounts.remote(ids.next(), username, "elsewhere.example");
        new JooqAccountStore(db).insertRemote(account);
        return account;
    }

    private static void follow(JooqFollowStore follows, Ids ids, Account follower, Account target) {
        follows.insert(new Follow(ids.next(), follower.id(), target.id(), Follow.State.ACCEPTED,
                follower.uri() + "#follows/" + target.id(), AT));
    }

    private static Status status(JooqStatusStore statuses, Ids ids, Account author, Status.Visibility visibility) {
        long id = ids.next();
        Status status = new Status(id, author.id(), author.uri() + "/statuses/" + id, null, visibility, "<p>s</p>",
                null, null, AT);
        statuses.insert(status);
        return status;
    }
}
