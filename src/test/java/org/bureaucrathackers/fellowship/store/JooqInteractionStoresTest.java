package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.Block;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.moderation.Report;
import org.bureaucrathackers.fellowship.post.Favourite;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Favourites, blocks, tombstones, reports and follow state changes on H2 and PostgreSQL. */
class JooqInteractionStoresTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void favourites_are_unique_per_account_and_status_and_found_by_uri(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account bob = remote(db, ids, "bob");
            Account carol = remote(db, ids, "carol");
            JooqStatusStore statuses = new JooqStatusStore(db);
            Status status = new Status(ids.next(), bob.id(), bob.uri() + "/statuses/1", null, Status.Visibility.PUBLIC,
                    "<p>x</p>", null, null, Instant.now());
            statuses.insert(status);
            JooqFavouriteStore favourites = new JooqFavouriteStore(db);
            Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
            Favourite like = new Favourite(ids.next(), carol.id(), status.id(), carol.uri() + "#likes/1", at);
            favourites.insert(like);
            assertEquals(Optional.of(like), favourites.find(carol.id(), status.id()));
            assertEquals(Optional.of(like), favourites.findByUri(like.uri()));
            assertEquals(List.of(carol.id()), favourites.likerIds(status.id(), 10));
            assertEquals(1, favourites.count(status.id()));
            assertThrows(RuntimeException.class, () -> favourites.insert(
                    new Favourite(ids.next(), carol.id(), status.id(), carol.uri() + "#likes/2", at)));
            favourites.delete(like.id());
            assertEquals(0, favourites.count(status.id()));
            favourites.insert(like);
            statuses.delete(status.id());
            assertEquals(Optional.empty(), favourites.findByUri(like.uri()), "likes go with their status");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void blocks_are_directional_and_unique(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account bob = remote(db, ids, "bob");
            Account carol = remote(db, ids, "carol");
            JooqBlockStore blocks = new JooqBlockStore(db);
            Block block = new Block(ids.next(), bob.id(), carol.id(), bob.uri() + "#blocks/1",
                    Instant.parse("2026-01-02T03:04:05.678Z"));
            blocks.insert(block);
            assertEquals(Optional.of(block), blocks.find(bob.id(), carol.id()));
            assertEquals(Optional.empty(), blocks.find(carol.id(), bob.id()));
            assertTrue(blocks.eitherBlocks(carol.id(), bob.id()));
            assertThrows(RuntimeException.class, () -> blocks.insert(
                    new Block(ids.next(), bob.id(), carol.id(), null, Instant.now())));
            blocks.delete(block.id());
            assertFalse(blocks.eitherBlocks(bob.id(), carol.id()));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_tombstone_keeps_its_first_deletion_time(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqTombstoneStore tombstones = new JooqTombstoneStore(db);
            Instant first = Instant.parse("2026-01-02T03:04:05.678Z");
            String uri = "https://mastodon.example/users/bob/statuses/1";
            assertEquals(Optional.empty(), tombstones.deletedAt(uri));
            tombstones.remember(uri, "https://mastodon.example/users/bob", first);
            db.inTransaction(() -> {
                tombstones.remember(uri, "https://mastodon.example/users/bob", first.plusSeconds(60));
                return null;
            });
            assertEquals(Optional.of(first), tombstones.deletedAt(uri));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void reports_keep_their_status_uris_and_a_bounded_comment(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account bob = remote(db, ids, "bob");
            Account carol = remote(db, ids, "carol");
            JooqReportStore reports = new JooqReportStore(db);
            Report report = new Report(ids.next(), bob.id(), carol.id(),
                    List.of(carol.uri() + "/statuses/1", carol.uri() + "/statuses/2", carol.uri() + "/statuses/1",
                            "bad\nuri"), "x".repeat(6_000), bob.uri() + "#flags/1",
                    Instant.parse("2026-01-02T03:04:05.678Z"));
            assertEquals(2, report.statusUris().size());
            assertEquals(Report.MAX_COMMENT, report.comment().length());
            reports.insert(report);
            assertEquals(List.of(report), reports.about(carol.id(), 10));
            Report bare = new Report(ids.next(), bob.id(), carol.id(), List.of(), null, null, Instant.parse("2026-01-03T00:00:00Z"));
            reports.insert(bare);
            assertEquals(List.of(bare, report), reports.about(carol.id(), 10));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void follows_change_state_and_are_found_by_pair_and_uri(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account bob = remote(db, ids, "bob");
            Account carol = remote(db, ids, "carol");
            JooqFollowStore follows = new JooqFollowStore(db);
            Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
            Follow follow = new Follow(ids.next(), bob.id(), carol.id(), Follow.State.PENDING, bob.uri() + "#follows/1", at);
            follows.insert(follow);
            assertEquals(Optional.of(follow), follows.find(bob.id(), carol.id()));
            assertEquals(Optional.of(follow), follows.findByUri(follow.uri()));
            assertEquals(List.of(follow), follows.pendingRequests(carol.id(), 10));
            assertFalse(follows.isFollowing(bob.id(), carol.id()));
            follows.update(follow.id(), Follow.State.ACCEPTED, bob.uri() + "#follows/2");
            assertTrue(follows.isFollowing(bob.id(), carol.id()));
            assertFalse(follows.isFollowing(carol.id(), bob.id()));
            assertEquals(List.of(), follows.pendingRequests(carol.id(), 10));
            assertEquals(bob.uri() + "#follows/2", follows.find(bob.id(), carol.id()).orElseThrow().uri());
            follows.delete(follow.id());
            assertEquals(Optional.empty(), follows.find(bob.id(), carol.id()));
        } finally {
            kind.cleanUp();
        }
    }

    private static Account remote(Database db, Ids ids, String name) {
        Account account = Accounts.remote(ids.next(), name, "remote.example");
        new JooqAccountStore(db).insertRemote(account);
        return account;
    }
}
