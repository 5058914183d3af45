package org.bureaucrathackers.fellowship.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bureaucrathackers.fellowship.delivery.HostBacklog;
import org.bureaucrathackers.fellowship.delivery.QueueCounts;
import org.bureaucrathackers.fellowship.delivery.QueueOverview;
import org.bureaucrathackers.fellowship.delivery.QueueSummary;
import org.bureaucrathackers.fellowship.testing.QueueScene;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The queue summary operators see, read from a queue with jobs in every state. */
class JooqDeliveryQueueSummaryTest {

    private static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");

    @TempDir
    Path tempDir;

    static Stream<TestDatabases.Kind> databases() {
        return TestDatabases.available().stream();
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void pending_jobs_are_counted_once_each_and_finished_ones_over_the_last_day(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            QueueScene.fill(db, NOW);
            QueueCounts counts = new JooqDeliveryJobStore(db).countQueue(NOW, NOW.minus(QueueOverview.FINISHED_WINDOW));
            assertEquals(new QueueCounts(2, 2, 1, NOW.minus(QueueScene.OLDEST_PENDING_AGE), 1, 1, 1), counts);

            Instant halfAnHourOn = NOW.plus(Duration.ofMinutes(30));
            QueueCounts later = new JooqDeliveryJobStore(db).countQueue(halfAnHourOn, NOW.minus(Duration.ofHours(1)));
            assertEquals(4, later.dueNow(), "the retry in ten minutes and the job whose lease ran out are due too");
            assertEquals(1, later.scheduledLater());
            assertEquals(0, later.leased());
            assertEquals(List.of(1L, 0L, 1L), List.of(later.doneSince(), later.failedSince(), later.goneSince()),
                    "only what finished in the last hour");
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void failing_hosts_come_unavailable_first_with_their_backlog_and_last_error(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            QueueScene.fill(db, NOW);
            QueueOverview overview = new QueueOverview(db, new JooqDeliveryJobStore(db), new JooqDeliveryHostStore(db),
                    Clock.fixed(NOW, ZoneOffset.UTC));

            QueueSummary summary = overview.summarize(50);
            assertEquals(NOW, summary.at());
            assertEquals(QueueScene.OLDEST_PENDING_AGE, summary.oldestPendingAge());
            assertEquals(List.of(QueueScene.DOWN, QueueScene.FLAKY),
                    summary.failingHosts().stream().map(h -> h.status().host()).toList(), "fine.example is fine");
            QueueSummary.FailingHost down = summary.failingHosts().get(0);
            assertEquals(QueueScene.downSince(NOW), down.status().unavailableSince());
            assertEquals(7, down.status().failureDays());
            assertEquals(new HostBacklog(2, "HTTP 503"), down.backlog());
            QueueSummary.FailingHost flaky = summary.failingHosts().get(1);
            assertNull(flaky.status().unavailableSince());
            assertEquals(2, flaky.status().failureDays());
            assertEquals(new HostBacklog(1, "IOException: connection reset"), flaky.backlog(),
                    "the retry's error is newer than the failure two hours ago");
            assertEquals(0, summary.failingHostsNotListed());

            QueueSummary bounded = overview.summarize(1);
            assertEquals(List.of(QueueScene.DOWN), bounded.failingHosts().stream().map(h -> h.status().host()).toList());
            assertEquals(1, bounded.failingHostsNotListed());
        } finally {
            kind.cleanUp();
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @MethodSource("databases")
    void an_empty_queue_has_nothing_pending_and_no_failing_hosts(TestDatabases.Kind kind) {
        try (Database db = kind.open(tempDir)) {
            QueueSummary summary = new QueueOverview(db, new JooqDeliveryJobStore(db), new JooqDeliveryHostStore(db),
                    Clock.fixed(NOW, ZoneOffset.UTC)).summarize(50);
            assertEquals(new QueueCounts(0, 0, 0, null, 0, 0, 0), summary.counts());
            assertNull(summary.oldestPendingAge());
            assertTrue(summary.failingHosts().isEmpty());
            assertEquals(Map.of(), new JooqDeliveryJobStore(db).backlogOf(List.of("nowhere.example")));
        } finally {
            kind.cleanUp();
        }
    }
}
