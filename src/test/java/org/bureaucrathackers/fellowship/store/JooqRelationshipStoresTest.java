package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.Block;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowOptions;
import org.bureaucrathackers.fellowship.follow.Mute;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Mutes, follow options, paged follow requests and paged blocks on H2 and PostgreSQL. */
class JooqRelationshipStoresTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    private static Account remote(Database db, Ids ids, String name) {
        Account account = Accounts.remote(ids.next(), name, "social.example");
        new JooqAccountStore(db).insertRemote(account);
        return account;
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_mute_replaces_the_earlier_one_and_expires(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account ann = remote(db, ids, "ann");
            Account ben = remote(db, ids, "ben");
            JooqMuteStore mutes = new JooqMuteStore(db);
            Instant now = Instant.parse("2026-03-01T10:00:00.000Z");

            Mute forever = new Mute(ids.next(), ann.id(), ben.id(), true, null, now);
            mutes.save(forever);
            assertEquals(forever, mutes.find(ann.id(), ben.id(), now).orElseThrow());
            assertTrue(mutes.find(ben.id(), ann.id(), now).isEmpty());

            Mute hour = new Mute(ids.next(), ann.id(), ben.id(), false, now.plus(1, ChronoUnit.HOURS), now);
            mutes.save(hour);
            assertEquals(hour, mutes.find(ann.id(), ben.id(), now).orElseThrow());
            assertTrue(mutes.find(ann.id(), ben.id(), now.plus(2, ChronoUnit.HOURS)).isEmpty());
            assertTrue(mutes.mutedBy(ann.id(), PageRequest.newest(10), now.plus(2, ChronoUnit.HOURS))
                    .items().isEmpty());

            assertTrue(mutes.delete(ann.id(), ben.id()));
            assertFalse(mutes.delete(ann.id(), ben.id()));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void mutes_and_blocks_page_newest_first(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account ann = remote(db, ids, "ann");
            JooqMuteStore mutes = new JooqMuteStore(db);
            JooqBlockStore blocks = new JooqBlockStore(db);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            List<Long> targets = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                Account other = remote(db, ids, "other" + i);
                mutes.save(new Mute(ids.next(), ann.id(), other.id(), true, null, now));
                blocks.insert(new Block(ids.next(), ann.id(), other.id(), null, now));
                targets.add(0, other.id());
            }

            Slice<Mute> first = mutes.mutedBy(ann.id(), PageRequest.newest(3), now);
            assertEquals(targets.subList(0, 3), first.items().stream().map(Mute::targetId).toList());
            assertTrue(first.hasOlder());
            Slice<Mute> rest = mutes.mutedBy(ann.id(), PageRequest.olderThan(first.items().get(2).id(), 3), now);
            assertEquals(targets.subList(3, 5), rest.items().stream().map(Mute::targetId).toList());
            assertFalse(rest.hasOlder());

            Slice<Block> blockPage = blocks.blockedBy(ann.id(), PageRequest.newest(4));
            assertEquals(targets.subList(0, 4), blockPage.items().stream().map(Block::targetId).toList());
            assertTrue(blockPage.hasOlder());
            assertTrue(blocks.blockedBy(targets.get(0), PageRequest.newest(4)).items().isEmpty());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void follow_requests_page_and_follow_options_round_trip(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account star = remote(db, ids, "star");
            JooqFollowStore follows = new JooqFollowStore(db);
            List<Long> requesters = new ArrayList<>();
            long acceptedId = 0;
            for (int i = 0; i < 4; i++) {
                Account fan = remote(db, ids, "fan" + i);
                Follow.State state = i == 1 ? Follow.State.ACCEPTED : Follow.State.PENDING;
                long id = ids.next();
                follows.insert(new Follow(id, fan.id(), star.id(), state, null, Instant.now()));
                if (state == Follow.State.PENDING) {
                    requesters.add(0, fan.id());
                } else {
                    acceptedId = id;
                }
            }
            assertEquals(3, follows.countPendingRequests(star.id()));
            Slice<Follow> page = follows.pendingRequests(star.id(), PageRequest.newest(2));
            assertEquals(requesters.subList(0, 2), page.items().stream().map(Follow::followerId).toList());
            assertTrue(page.hasOlder());

            assertEquals(FollowOptions.DEFAULT, follows.options(acceptedId));
            FollowOptions options = new FollowOptions(false, true, List.of("en", "fr"));
            follows.setOptions(acceptedId, options);
            assertEquals(options, follows.options(acceptedId));
            follows.setOptions(acceptedId, FollowOptions.DEFAULT);
            assertEquals(FollowOptions.DEFAULT, follows.options(acceptedId));
            assertEquals(FollowOptions.DEFAULT, follows.options(ids.next()));
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void timeline_conditions_leave_out_muted_accounts_and_boosts_asked_away(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            Account viewer = remote(db, ids, "viewer");
            Account muted = remote(db, ids, "muted");
            Account booster = remote(db, ids, "booster");
            Account friend = remote(db, ids, "friend");
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            new JooqMuteStore(db).save(new Mute(ids.next(), viewer.id(), muted.id(), false, null, now));
            new JooqMuteStore(db).save(new Mute(ids.next(), viewer.id(), friend.id(), false, now.minusSeconds(1),
                    now.minusSeconds(60)));
            JooqFollowStore follows = new JooqFollowStore(db);
            long quiet = ids.next();
            follows.insert(new Follow(quiet, viewer.id(), booster.id(), Follow.State.ACCEPTED, null, now));
            follows.setOptions(quiet, new FollowOptions(false, false, List.of()));
            follows.insert(new Follow(ids.next(), viewer.id(), friend.id(), Follow.State.ACCEPTED, null, now));
            var account = org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;

            List<String> mutedNames = db.dsl().select(account.USERNAME).from(account)
                    .where(JooqMuteStore.mutedBy(viewer.id(), account.ID, now)).fetch(account.USERNAME);
            assertEquals(List.of("muted"), mutedNames);
            List<String> quietBoosters = db.dsl().select(account.USERNAME).from(account)
                    .where(JooqFollowStore.boostsHiddenBy(viewer.id(), account.ID)).fetch(account.USERNAME);
            assertEquals(List.of("booster"), quietBoosters);
        } finally {
            kind.cleanUp();
        }
    }
}
