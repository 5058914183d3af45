package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.AccountStatusFilter;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.Bookmark;
import org.bureaucrathackers.fellowship.post.IdempotencyStore;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PublicTimeline;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.SocialFixture;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The queries behind the client API's lists and entities, on H2 and (when configured) PostgreSQL. */
class ClientApiQueriesTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private static List<Long> ids(Slice<Status> slice) {
        return slice.items().stream().map(Status::id).toList();
    }

    private static Status post(SocialFixture f, Account author, String text, Status.Visibility visibility) {
        return f.posts.post(author, new NewPost(text, visibility, null, null, null));
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void timelines_show_each_viewer_what_they_may_see(TestDatabases.Kind kind) {
        try (SocialFixture f = new SocialFixture(kind, tempDir)) {
            Account alice = f.local("alice");
            Account bob = f.local("bob");
            Account carol = f.local("carol");
            Account rita = f.remote("rita", "elsewhere.example");
            f.acceptedFollow(alice, bob);
            Status bobPublic = post(f, bob, "public", Status.Visibility.PUBLIC);
            Status bobPrivate = post(f, bob, "private", Status.Visibility.PRIVATE);
            Status bobDirect = post(f, bob, "@carol direct", Status.Visibility.DIRECT);
            Status carolMention = post(f, carol, "hi @alice", Status.Visibility.UNLISTED);
            Status carolPlain = post(f, carol, "plain", Status.Visibility.PUBLIC);
            Status boost = f.interactions.boost(bob, carolPlain);
            long ritaId = f.ids.next();
            f.statuses.insert(new Status(ritaId, rita.id(), rita.uri() + "/1", null, Status.Visibility.PUBLIC,
                    "<p>remote</p>", null, null, Instant.now()));
            f.statuses.replaceAttachments(ritaId, List.of(new Attachment("Image", "https://elsewhere.example/a.png",
                    "image/png", null)));
            PageRequest page = PageRequest.newest(20);

            assertEquals(List.of(boost.id(), carolMention.id(), bobPrivate.id(), bobPublic.id()),
                    ids(f.timelines.home(alice.id(), page)));
            assertEquals(List.of(ritaId, carolPlain.id(), bobPublic.id()),
                    ids(f.timelines.publicTimeline(PublicTimeline.of(PublicTimeline.Origin.ALL, false), null, page)));
            assertEquals(List.of(carolPlain.id(), bobPublic.id()),
                    ids(f.timelines.publicTimeline(PublicTimeline.of(PublicTimeline.Origin.LOCAL, false), null, page)));
            assertEquals(List.of(ritaId),
                    ids(f.timelines.publicTimeline(PublicTimeline.of(PublicTimeline.Origin.ALL, true), null, page)));
            assertEquals(List.of(boost.id(), bobPrivate.id(), bobPublic.id()),
                    ids(f.timelines.byAccount(bob.id(), alice.id(), AccountStatusFilter.NONE, page)));
            assertEquals(List.of(boost.id(), bobPublic.id()),
                    ids(f.timelines.byAccount(bob.id(), null, AccountStatusFilter.NONE, page)));
            assertEquals(Set.of(bobPublic.id(), bobPrivate.id()), f.statuses.visibleAmong(alice.id(),
                    List.of(bobPublic.id(), bobPrivate.id(), bobDirect.id())));
            assertEquals(Set.of(bobDirect.id()), f.statuses.visibleAmong(carol.id(),
                    List.of(bobPrivate.id(), bobDirect.id())));

            f.blockService.block(alice, carol);

            assertEquals(List.of(bobPrivate.id(), bobPublic.id()), ids(f.timelines.home(alice.id(), page)),
                    "the block hides carol's mention and bob's boost of her post");
            assertEquals(List.of(ritaId, bobPublic.id()), ids(f.timelines.publicTimeline(
                    PublicTimeline.of(PublicTimeline.Origin.ALL, false), alice.id(), page)));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void hashtag_lists_combine_any_all_and_none(TestDatabases.Kind kind) {
        try (SocialFixture f = new SocialFixture(kind, tempDir)) {
            Account alice = f.local("alice");
            Status a = post(f, alice, "#one", Status.Visibility.PUBLIC);
            Status ab = post(f, alice, "#one #two", Status.Visibility.PUBLIC);
            Status b = post(f, alice, "#two", Status.Visibility.PUBLIC);
            post(f, alice, "#one hidden", Status.Visibility.PRIVATE);
            PageRequest page = PageRequest.newest(20);

            assertEquals(List.of(b.id(), ab.id(), a.id()), ids(f.timelines.publicTimeline(new PublicTimeline(
                    PublicTimeline.Origin.ALL, false, true, List.of("one", "two"), List.of(), List.of()), null, page)));
            assertEquals(List.of(ab.id()), ids(f.timelines.publicTimeline(new PublicTimeline(
                    PublicTimeline.Origin.ALL, false, true, List.of("one"), List.of("two"), List.of()), null, page)));
            assertEquals(List.of(a.id()), ids(f.timelines.publicTimeline(new PublicTimeline(
                    PublicTimeline.Origin.ALL, false, true, List.of("one"), List.of(), List.of("two")), null, page)));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void entity_facts_come_in_bulk(TestDatabases.Kind kind) {
        try (SocialFixture f = new SocialFixture(kind, tempDir)) {
            Account alice = f.local("alice");
            Account bob = f.local("bob");
            Status root = post(f, alice, "#tag hello @bob", Status.Visibility.PUBLIC);
            Status quiet = post(f, alice, "quiet", Status.Visibility.PUBLIC);
            f.posts.post(bob, new NewPost("reply", null, root.uri(), null, null));
            f.posts.post(bob, new NewPost("direct reply", Status.Visibility.DIRECT, root.uri(), null, null));
            f.interactions.boost(bob, root);
            f.interactions.like(bob, root);
            f.pins.pin(f.ids.next(), alice.id(), root.id(), Instant.now());
            f.pins.pin(f.ids.next(), alice.id(), root.id(), Instant.now());
            List<Long> both = List.of(root.id(), quiet.id());

            assertEquals(Map.of(root.id(), List.of(bob.id())), f.mentionTags.mentionsOf(both));
            assertEquals(Map.of(root.id(), List.of("tag")), f.mentionTags.tagsOf(both));
            assertEquals(Map.of(), f.statuses.attachmentsOf(both));
            assertEquals(Map.of(root.id(), 1L), f.timelines.replyCounts(both), "direct replies are not counted");
            assertEquals(Map.of(root.id(), 1L), f.boosts.boostCounts(both));
            assertEquals(Set.of(root.id()), f.boosts.boostedAmong(bob.id(), both));
            assertEquals(Map.of(root.id(), 1L), f.favourites.counts(both));
            assertEquals(Set.of(root.id()), f.favourites.likedAmong(bob.id(), both));
            assertEquals(Set.of(root.id()), f.pins.pinnedAmong(alice.id(), both), "pinning twice is one pin");
            assertEquals(1, f.pins.countPins(alice.id()));
            assertEquals(2, f.timelines.repliesTo(List.of(root.id()), 10).size());
            assertTrue(f.pins.unpin(alice.id(), root.id()));
            assertFalse(f.pins.unpin(alice.id(), root.id()));
            assertEquals(List.of(), f.statuses.findByIds(List.of(424242L)));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void bookmarks_are_kept_once_and_paged_by_bookmark(TestDatabases.Kind kind) {
        try (SocialFixture f = new SocialFixture(kind, tempDir)) {
            Account alice = f.local("alice");
            Status first = post(f, alice, "first", Status.Visibility.PUBLIC);
            Status second = post(f, alice, "second", Status.Visibility.PUBLIC);
            JooqBookmarkStore bookmarks = new JooqBookmarkStore(f.db);
            long older = f.ids.next();
            long newer = f.ids.next();

            assertTrue(bookmarks.insert(new Bookmark(older, alice.id(), second.id(), Instant.now())));
            assertTrue(bookmarks.insert(new Bookmark(newer, alice.id(), first.id(), Instant.now())));
            assertFalse(bookmarks.insert(new Bookmark(f.ids.next(), alice.id(), first.id(), Instant.now())));

            Slice<Bookmark> page = bookmarks.byAccount(alice.id(), PageRequest.newest(1));
            assertEquals(List.of(first.id()), page.items().stream().map(Bookmark::statusId).toList());
            assertTrue(page.hasOlder());
            assertEquals(Set.of(first.id(), second.id()),
                    bookmarks.bookmarkedAmong(alice.id(), List.of(first.id(), second.id())));
            f.statuses.delete(first.id());
            assertEquals(List.of(second.id()), bookmarks.byAccount(alice.id(), PageRequest.newest(5)).items().stream()
                    .map(Bookmark::statusId).toList(), "a deleted status takes its bookmarks along");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void idempotency_keys_are_claimed_once_per_window(TestDatabases.Kind kind) {
        try (SocialFixture f = new SocialFixture(kind, tempDir)) {
            Account alice = f.local("alice");
            Status status = post(f, alice, "once", Status.Visibility.PUBLIC);
            JooqIdempotencyStore keys = new JooqIdempotencyStore(f.db);
            Instant now = Instant.parse("2026-03-01T10:00:00Z");
            Instant hourAgo = now.minus(Duration.ofHours(1));

            assertTrue(keys.claim(alice.id(), "h1", now, hourAgo));
            assertFalse(keys.claim(alice.id(), "h1", now, hourAgo));
            assertEquals(new IdempotencyStore.Claim(null, now), keys.find(alice.id(), "h1").orElseThrow());
            keys.complete(alice.id(), "h1", status.id());
            assertEquals(status.id(), keys.find(alice.id(), "h1").orElseThrow().statusId());
            keys.release(alice.id(), "h1");
            assertTrue(keys.find(alice.id(), "h1").isPresent(), "a completed claim is not released");

            Instant later = now.plus(Duration.ofMinutes(61));
            assertTrue(keys.claim(alice.id(), "h1", later, later.minus(Duration.ofHours(1))),
                    "an hour later the key is free again");
            assertTrue(keys.claim(alice.id(), "h2", now, hourAgo));
            keys.release(alice.id(), "h2");
            assertTrue(keys.find(alice.id(), "h2").isEmpty());
            assertTrue(keys.claim(alice.id(), "h3", now, hourAgo));
            assertEquals(1, keys.forgetBefore(now.plusSeconds(1)));
        } finally {
            kind.cleanUp();
        }
    }
}
