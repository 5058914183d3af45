package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.delivery.HostStatus;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JooqDeliveryHostStoreTest {

    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final LocalDate DAY0 = LocalDate.of(2026, 3, 1);
    private static final String HOST = "flaky.example";

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void failures_on_seven_distinct_days_make_a_host_unavailable(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            for (int i = 0; i < 5; i++) {
                hosts.recordFailure(HOST, DAY0, T0, 7);
            }
            HostStatus sameDay = hosts.find(HOST).orElseThrow();
            assertEquals(5, sameDay.consecutiveFailures());
            assertEquals(1, sameDay.failureDays(), "one day however many failures");
            assertEquals(DAY0, sameDay.lastFailureDay());

            for (int day = 1; day < 6; day++) {
                hosts.recordFailure(HOST, DAY0.plusDays(day), T0, 7);
            }
            hosts.recordFailure(HOST, DAY0.plusDays(2), T0, 7);
            assertEquals(6, hosts.find(HOST).orElseThrow().failureDays(), "an earlier day is not counted again");
            assertFalse(hosts.find(HOST).orElseThrow().unavailable());

            Instant seventh = T0.plus(Duration.ofDays(6));
            hosts.recordFailure(HOST, DAY0.plusDays(6), seventh, 7);
            HostStatus down = hosts.find(HOST).orElseThrow();
            assertEquals(7, down.failureDays());
            assertTrue(down.unavailable());
            assertEquals(seventh, down.unavailableSince());
            hosts.recordFailure(HOST, DAY0.plusDays(7), seventh.plus(Duration.ofDays(1)), 7);
            assertEquals(seventh, hosts.find(HOST).orElseThrow().unavailableSince(),
                    "unavailable since the first time");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void an_unavailable_host_is_probed_once_per_interval(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            assertFalse(hosts.claimProbe(HOST, T0, T0), "an unknown host needs no probe");
            makeUnavailable(hosts, T0);
            Duration interval = Duration.ofHours(6);

            Instant tooSoon = T0.plus(interval).minusSeconds(1);
            assertFalse(hosts.claimProbe(HOST, tooSoon, tooSoon.minus(interval)));
            Instant due = T0.plus(interval).plusSeconds(1);
            assertTrue(hosts.claimProbe(HOST, due, due.minus(interval)));
            assertFalse(hosts.claimProbe(HOST, due, due.minus(interval)), "one probe per interval");
            assertEquals(due, hosts.find(HOST).orElseThrow().lastProbeAt());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void a_delivery_or_a_sign_of_life_clears_failures_and_unavailability(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            makeUnavailable(hosts, T0);
            hosts.markAlive(HOST);
            assertHealthy(hosts.find(HOST).orElseThrow());
            assertNull(hosts.find(HOST).orElseThrow().lastSuccessAt(), "a sign of life is not a delivery");

            makeUnavailable(hosts, T0);
            Instant delivered = T0.plusSeconds(90);
            hosts.recordDelivered(HOST, delivered);
            HostStatus status = hosts.find(HOST).orElseThrow();
            assertHealthy(status);
            assertEquals(delivered, status.lastSuccessAt());

            hosts.recordDelivered("new.example", delivered);
            assertEquals(delivered, hosts.find("new.example").orElseThrow().lastSuccessAt());
            hosts.markAlive("never-seen.example");
            assertTrue(hosts.find("never-seen.example").isEmpty(), "nothing to clear, nothing written");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void concurrent_outcomes_for_a_host_seen_for_the_first_time_all_count(TestDatabases.Kind kind) throws Exception {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            int threads = 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> results = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        db.run(() -> hosts.recordFailure("new.example", DAY0, T0, 7));
                        db.run(() -> hosts.recordDelivered("fresh.example", T0));
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> result : results) {
                    result.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertEquals(threads, hosts.find("new.example").orElseThrow().consecutiveFailures());
            assertEquals(T0, hosts.find("fresh.example").orElseThrow().lastSuccessAt());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void going_unavailable_and_coming_back_are_each_reported_once(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            for (int day = 0; day < 6; day++) {
                assertFalse(hosts.recordFailure(HOST, DAY0.plusDays(day), T0, 7), "day " + day);
            }
            assertTrue(hosts.recordFailure(HOST, DAY0.plusDays(6), T0, 7), "the seventh failure day");
            assertFalse(hosts.recordFailure(HOST, DAY0.plusDays(6), T0, 7), "already unavailable");
            assertFalse(hosts.recordFailure(HOST, DAY0.plusDays(7), T0, 7), "already unavailable");

            assertTrue(hosts.markAlive(HOST), "back");
            assertFalse(hosts.markAlive(HOST), "already back");
            assertFalse(hosts.recordDelivered(HOST, T0), "already back");

            assertFalse(hosts.recordFailure(HOST, DAY0.plusDays(8), T0, 7), "one failure day again");
            assertFalse(hosts.markAlive(HOST), "failures cleared, but the host was never unavailable");
            assertEquals(0, hosts.find(HOST).orElseThrow().failureDays());

            makeUnavailable(hosts, T0);
            assertTrue(hosts.recordDelivered(HOST, T0.plusSeconds(5)), "a delivery brings it back");
            HostStatus status = hosts.find(HOST).orElseThrow();
            assertHealthy(status);
            assertEquals(T0.plusSeconds(5), status.lastSuccessAt());
            assertFalse(hosts.recordDelivered(HOST, T0.plusSeconds(6)));
            assertFalse(hosts.recordDelivered("first-time.example", T0), "a host never seen was never unavailable");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void when_several_nodes_see_the_same_change_only_one_is_told(TestDatabases.Kind kind) throws Exception {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            for (int day = 0; day < 6; day++) {
                hosts.recordFailure(HOST, DAY0.plusDays(day), T0, 7);
            }
            assertEquals(1, countTrue(db, 4, () -> hosts.recordFailure(HOST, DAY0.plusDays(6), T0, 7)),
                    "one of the failures on the seventh day made it unavailable");
            assertEquals(1, countTrue(db, 4, () -> hosts.markAlive(HOST)), "one sign of life brought it back");
            makeUnavailable(hosts, T0);
            assertEquals(1, countTrue(db, 4, () -> hosts.recordDelivered(HOST, T0)), "one delivery brought it back");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void failing_hosts_are_listed_unavailable_first_then_by_failure_days(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            JooqDeliveryHostStore hosts = new JooqDeliveryHostStore(db);
            hosts.recordDelivered("fine.example", T0);
            hosts.recordFailure("once.example", DAY0, T0, 7);
            for (int day = 0; day < 3; day++) {
                hosts.recordFailure("often.example", DAY0.plusDays(day), T0, 7);
            }
            makeUnavailable(hosts, T0);

            assertEquals(List.of(HOST, "often.example", "once.example"),
                    hosts.findFailing(10).stream().map(HostStatus::host).toList());
            assertEquals(List.of(HOST), hosts.findFailing(1).stream().map(HostStatus::host).toList());
            assertEquals(3, hosts.countFailing());
        } finally {
            kind.cleanUp();
        }
    }

    /** Runs {@code change} on {@code threads} threads at once, each in its own transaction; how many said true. */
    private static long countTrue(Database db, int threads, java.util.function.BooleanSupplier change)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return db.inTransaction(() -> change.getAsBoolean());
                }));
            }
            start.countDown();
            long told = 0;
            for (Future<Boolean> result : results) {
                told += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }
            return told;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void makeUnavailable(JooqDeliveryHostStore hosts, Instant at) {
        for (int day = 0; day < 7; day++) {
            hosts.recordFailure(HOST, DAY0.plusDays(day), at, 7);
        }
        assertTrue(hosts.find(HOST).orElseThrow().unavailable());
    }

    private static void assertHealthy(HostStatus status) {
        assertFalse(status.unavailable());
        assertEquals(0, status.consecutiveFailures());
        assertEquals(0, status.failureDays());
        assertNull(status.lastFailureDay());
        assertNull(status.lastProbeAt());
    }
}
