package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Attachment;
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
            JooqBoostStore boosts = new JooqBoostStore(db);
            JooqMentionTagStore mentionTags = new JooqMentionTagStore(db);
            JooqPinStore pins = new JooqPinStore(db);
            JooqTimelineStore timelines = new JooqTimelineStore(db);
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
            assertEquals(6, timelines.countOpen(author.id()));

            Slice<Status> first = timelines.openByAccount(author.id(), PageRequest.newest(4));
            assertEquals(open.subList(0, 4), first.items().stream().map(Status::id).toList());
            assertTrue(first.hasOlder());
            assertFalse(first.hasNewer());

            Slice<Status> second = timelines.openByAccount(author.id(), PageRequest.olderThan(open.get(3), 4));
            assertEquals(open.subList(4, 6), second.items().stream().map(Status::id).toList());
            assertFalse(second.hasOlder());
            assertTrue(second.hasNewer());

            Slice<Status> back = timelines.openByAccount(author.id(), PageRequest.newerThan(open.get(4), 4));
            assertEquals(open.subList(0, 4), back.items().stream().map(Status::id).toList());
            assertFalse(back.hasNewer());
            assertTrue(back.hasOlder());

            Slice<Status> oldest = timelines.openByAccount(author.id(), PageRequest.newerThan(0, 4));
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
            JooqBoostStore boosts = new JooqBoostStore(db);
            JooqMentionTagStore mentionTags = new JooqMentionTagStore(db);
            JooqPinStore pins = new JooqPinStore(db);
            JooqTimelineStore timelines = new JooqTimelineStore(db);
            Instant at = Instant.parse("2026-03-04T05:06:07.123Z");
            Status unlisted = new Status(ids.next(), author.id(), author.uri() + "/s/1", "https://somewhere.example/@author/1",
                    Status.Visibility.UNLISTED, "<p>hello</p>", "fr", "https://elsewhere.example/notes/9", at);
            Status direct = new Status(ids.next(), author.id(), author.uri() + "/s/2", null,
                    Status.Visibility.DIRECT, "<p>secret</p>", null, null, at);
            store.insert(unlisted);
            store.insert(direct);
            pins.pin(ids.next(), author.id(), direct.id(), at);
            pins.pin(ids.next(), author.id(), unlisted.id(), at);
            assertEquals(List.of(unlisted), timelines.pinned(author.id(), 10));

            JooqFeaturedTagStore tags = new JooqFeaturedTagStore(db);
            tags.insert(new FeaturedTag(ids.next(), author.id(), "zeta", at));
            tags.insert(new FeaturedTag(ids.next(), author.id(), "alpha", at));
            assertEquals(List.of("zeta", "alpha"), tags.byAccount(author.id(), 10).stream().map(FeaturedTag::name).toList());
            assertEquals(1, tags.byAccount(author.id(), 1).size());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void threads_boosts_mentions_tags_and_media_round_trip_and_go_with_their_status(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqAccountStore accounts = new JooqAccountStore(db);
            Account local = Accounts.local(new org.bureaucrathackers.fellowship.uri.LocalUris("https://ministry.example",
                    "ministry.example"), ids.next(), "alice", List.of(), null, null, Instant.now(), null);
            accounts.insertLocal(local, null, List.of());
            Account remote = Accounts.remote(ids.next(), "bob", "mastodon.example");
            accounts.insertRemote(remote);
            JooqStatusStore store = new JooqStatusStore(db);
            JooqBoostStore boosts = new JooqBoostStore(db);
            JooqMentionTagStore mentionTags = new JooqMentionTagStore(db);
            JooqPinStore pins = new JooqPinStore(db);
            JooqTimelineStore timelines = new JooqTimelineStore(db);
            Instant at = Instant.parse("2026-03-04T05:06:07.123Z");
            Status root = new Status(ids.next(), remote.id(), remote.uri() + "/statuses/1", null,
                    Status.Visibility.PUBLIC, "<p>root</p>", "en", null, at, "spoilers", true, null, null, null,
                    "https://mastodon.example/contexts/1", null, null);
            store.insert(root);
            Status reply = new Status(ids.next(), local.id(), local.uri() + "/statuses/2", local.url() + "/2",
                    Status.Visibility.UNLISTED, "<p>reply</p>", "en", root.uri(), at, null, false, "reply", root.id(),
                    remote.id(), root.conversationUri(), null, null);
            store.insert(reply);
            Status hiddenReply = new Status(ids.next(), local.id(), local.uri() + "/statuses/3", null,
                    Status.Visibility.PRIVATE, "<p>psst</p>", null, root.uri(), at, null, false, "psst", root.id(),
                    remote.id(), null, null, null);
            store.insert(hiddenReply);
            Status boost = new Status(ids.next(), local.id(), local.uri() + "/statuses/4/activity", null,
                    Status.Visibility.PUBLIC, "", null, null, at, null, false, null, null, null, null, root.id(), null);
            store.insert(boost);
            assertEquals(Optional.of(root), store.findByUri(root.uri()));
            assertEquals(Optional.of(reply), store.findById(reply.id()));
            assertEquals(Optional.of(boost), boosts.findBoost(local.id(), root.id()));
            assertEquals(Optional.empty(), boosts.findBoost(remote.id(), root.id()));
            assertThrows(RuntimeException.class, () -> store.insert(new Status(ids.next(), local.id(),
                    local.uri() + "/statuses/5/activity", null, Status.Visibility.PUBLIC, "", null, null, at, null, false,
                    null, null, null, null, root.id(), null)), "one boost per account and status");
            assertEquals(List.of(reply), timelines.openLocalReplies(root.id(), PageRequest.newest(5)).items());
            assertEquals(List.of(local.id()), boosts.boosterIds(root.id(), 10));
            assertEquals(List.of(reply), timelines.openPostsByAccount(local.id(), 10), "no boosts, no private posts");
            assertEquals(2, timelines.countOpen(local.id()), "the outbox counts boosts");

            mentionTags.replaceMentions(root.id(), List.of(local.id(), local.id()));
            mentionTags.replaceTags(root.id(), List.of("java", "govtech", "java"));
            store.replaceAttachments(root.id(), List.of(new Attachment("Image", "https://media.example/a.png",
                    "image/png", "a cat"), new Attachment("Document", "https://media.example/b.pdf", null, null)));
            assertTrue(mentionTags.mentions(root.id(), local.id()));
            assertFalse(mentionTags.mentions(root.id(), remote.id()));
            assertEquals(List.of("govtech", "java"), mentionTags.tags(root.id()));
            assertEquals("https://media.example/b.pdf", store.attachments(root.id()).get(1).url());
            mentionTags.replaceTags(root.id(), List.of("only"));
            assertEquals(List.of("only"), mentionTags.tags(root.id()));

            Instant edited = at.plusSeconds(60);
            store.update(root.edited("<p>root v2</p>", null, null, false, "de", edited));
            Status updated = store.findById(root.id()).orElseThrow();
            assertEquals("<p>root v2</p>", updated.contentHtml());
            assertEquals(edited, updated.editedAt());
            assertEquals("de", updated.language());
            assertEquals(null, updated.spoilerText());

            store.delete(root.id());
            assertEquals(Optional.empty(), store.findById(root.id()));
            assertEquals(Optional.empty(), store.findById(boost.id()), "boosts go with their original");
            assertEquals(List.of(), mentionTags.tags(root.id()));
            assertEquals(List.of(), store.attachments(root.id()));
            assertEquals(null, store.findById(reply.id()).orElseThrow().inReplyToId(), "replies stay, unthreaded");
            assertEquals(root.uri(), store.findById(reply.id()).orElseThrow().inReplyToUri());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void the_home_page_lists_public_top_level_posts_of_local_fellows_only(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqAccountStore accounts = new JooqAccountStore(db);
            org.bureaucrathackers.fellowship.uri.LocalUris uris =
                    new org.bureaucrathackers.fellowship.uri.LocalUris("https://ministry.example", "ministry.example");
            Account local = Accounts.local(uris, ids.next(), "alice", List.of(), null, null, Instant.now(), null);
            accounts.insertLocal(local, null, List.of());
            Account remote = Accounts.remote(ids.next(), "bob", "mastodon.example");
            accounts.insertRemote(remote);
            JooqStatusStore store = new JooqStatusStore(db);
            JooqBoostStore boosts = new JooqBoostStore(db);
            JooqMentionTagStore mentionTags = new JooqMentionTagStore(db);
            JooqPinStore pins = new JooqPinStore(db);
            JooqTimelineStore timelines = new JooqTimelineStore(db);
            Instant at = Instant.parse("2026-03-04T05:06:07.123Z");
            Status shown = new Status(ids.next(), local.id(), local.uri() + "/statuses/1", null,
                    Status.Visibility.PUBLIC, "<p>1</p>", null, null, at);
            store.insert(shown);
            store.insert(new Status(ids.next(), local.id(), local.uri() + "/statuses/2", null,
                    Status.Visibility.UNLISTED, "<p>2</p>", null, null, at));
            store.insert(new Status(ids.next(), local.id(), local.uri() + "/statuses/3", null,
                    Status.Visibility.PUBLIC, "<p>3</p>", null, "https://mastodon.example/notes/1", at));
            store.insert(new Status(ids.next(), remote.id(), remote.uri() + "/statuses/4", null,
                    Status.Visibility.PUBLIC, "<p>4</p>", null, null, at));
            Status newest = new Status(ids.next(), local.id(), local.uri() + "/statuses/5", null,
                    Status.Visibility.PUBLIC, "<p>5</p>", null, null, at);
            store.insert(newest);
            assertEquals(List.of(newest, shown), timelines.publicLocalPosts(10));
            assertEquals(List.of(newest), timelines.publicLocalPosts(1));
        } finally {
            kind.cleanUp();
        }
    }
}
