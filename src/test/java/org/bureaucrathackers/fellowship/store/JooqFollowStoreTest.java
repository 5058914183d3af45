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
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowedActor;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqFollowStoreTest {

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest
    @MethodSource("databases")
    void accepted_follows_are_counted_and_paged_from_both_sides(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqAccountStore accounts = new JooqAccountStore(db);
            JooqFollowStore follows = new JooqFollowStore(db);
            Account star = Accounts.remote(ids.next(), "star", "stage.example");
            accounts.insertRemote(star);
            List<String> fans = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                Account fan = Accounts.remote(ids.next(), "fan" + i, "crowd.example");
                accounts.insertRemote(fan);
                Follow.State state = i == 2 ? Follow.State.PENDING : Follow.State.ACCEPTED;
                follows.insert(new Follow(ids.next(), fan.id(), star.id(), state, null, Instant.now()));
                if (state == Follow.State.ACCEPTED) {
                    fans.add(0, fan.uri());
                }
            }
            assertEquals(6, follows.countFollowers(star.id()));
            assertEquals(0, follows.countFollowing(star.id()));

            Slice<FollowedActor> first = follows.followers(star.id(), PageRequest.newest(4));
            assertEquals(fans.subList(0, 4), first.items().stream().map(FollowedActor::actorUri).toList());
            assertTrue(first.hasOlder());
            long cursor = first.items().get(3).followId();
            Slice<FollowedActor> rest = follows.followers(star.id(), PageRequest.olderThan(cursor, 4));
            assertEquals(fans.subList(4, 6), rest.items().stream().map(FollowedActor::actorUri).toList());
            assertFalse(rest.hasOlder());
            assertTrue(rest.hasNewer());

            Account fan0 = accounts.findByUri("https://crowd.example/users/fan0").orElseThrow();
            assertEquals(1, follows.countFollowing(fan0.id()));
            assertEquals(List.of(star.uri()), follows.following(fan0.id(), PageRequest.newest(12)).items()
                    .stream().map(FollowedActor::actorUri).toList());
            Account pendingFan = accounts.findByUri("https://crowd.example/users/fan2").orElseThrow();
            assertEquals(0, follows.countFollowing(pendingFan.id()));
            assertTrue(follows.following(pendingFan.id(), PageRequest.newest(12)).items().isEmpty());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void remote_accounts_need_a_domain_and_round_trip(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            Ids ids = new Ids(Clock.systemUTC());
            JooqAccountStore accounts = new JooqAccountStore(db);
            Account remote = Accounts.remote(ids.next(), "Zed", "far.example");
            accounts.insertRemote(remote);
            Account read = accounts.findById(remote.id()).orElseThrow();
            assertEquals("far.example", read.domain());
            assertEquals(remote.uri(), read.uri());
            assertFalse(read.isLocal());
            assertTrue(accounts.findLocal("Zed").isEmpty());
            Account local = Accounts.remote(ids.next(), "local", "");
            assertThrows(IllegalArgumentException.class, () -> accounts.insertRemote(local));
        } finally {
            kind.cleanUp();
        }
    }
}
