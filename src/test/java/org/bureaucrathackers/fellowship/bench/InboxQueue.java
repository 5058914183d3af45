package org.bureaucrathackers.fellowship.bench;

import static org.bureaucrathackers.fellowship.store.schema.Tables.INBOX_JOB;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jooq.impl.DSL;

/** How far an instance's inbox worker has got, read from its database. */
final class InboxQueue {

    private static final Duration POLL = Duration.ofMillis(25);

    /** Jobs queued, done, and failed. */
    record Counts(int queued, int done, int failed) {
        boolean allFinished(int expected) {
            return queued == expected && done + failed == expected;
        }
    }

    private InboxQueue() {
    }

    static Counts counts(TestInstance app) {
        Map<String, Integer> byState = app.database().dsl()
                .select(INBOX_JOB.STATE, DSL.count()).from(INBOX_JOB).groupBy(INBOX_JOB.STATE)
                .fetchMap(INBOX_JOB.STATE, DSL.count());
        return new Counts(byState.values().stream().mapToInt(Integer::intValue).sum(),
                byState.getOrDefault("done", 0), byState.getOrDefault("failed", 0));
    }

    /** Posts kept: what the Creates left behind when the worker handled them, not dropped them. */
    static int posts(TestInstance app) {
        return app.database().dsl().fetchCount(STATUS);
    }

    /**
     * Waits until {@code expected} jobs have been queued and finished, and returns the nanoseconds from
     * {@code sinceNanos} (a {@link System#nanoTime()}) to when that was first seen.
     */
    static long awaitFinished(TestInstance app, int expected, long sinceNanos, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!counts(app).allFinished(expected)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the inbox worker had not finished " + expected + " jobs after " + limit
                        + ": " + counts(app));
            }
            Await.pause(POLL);
        }
        return System.nanoTime() - sinceNanos;
    }

    /**
     * H2's WRITE_DELAY as the database reports it (a setting given in the URL is listed beside the database's),
     * or "n/a" on a database without it.
     */
    static String writeDelay(TestInstance app) {
        try {
            List<String> values = app.database().dsl()
                    .fetch("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                    .getValues(0, String.class);
            return values.isEmpty() ? "n/a" : String.join("/", new java.util.TreeSet<>(values));
        } catch (RuntimeException e) {
            return "n/a";
        }
    }
}
