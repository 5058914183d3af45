package org.bureaucrathackers.fellowship.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the queue from growing without end, hourly: fails jobs stuck too long behind an unavailable host and
 * deletes old finished jobs in short statements. Called from the dispatcher thread only.
 */
final class QueueMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(QueueMaintenance.class);
    private static final Duration INTERVAL = Duration.ofHours(1);
    private static final int PURGE_BATCH = 1000;
    /** Up to 100 000 finished jobs deleted per hour, in short statements. */
    private static final int MAX_PURGE_ROUNDS = 100;

    private final DeliveryJobStore jobs;
    private final Clock clock;
    private final DeliveryLimits limits;
    private Instant lastRun;

    QueueMaintenance(DeliveryJobStore jobs, Clock clock, DeliveryLimits limits) {
        this.jobs = jobs;
        this.clock = clock;
        this.limits = limits;
    }

    /** Runs if an hour has passed since the last run; {@code running} cuts a long purge short when stopping. */
    void runIfDue(BooleanSupplier running) {
        Instant now = clock.instant();
        if (lastRun != null && now.isBefore(lastRun.plus(INTERVAL))) {
            return;
        }
        lastRun = now;
        int expired = jobs.expirePendingCreatedBefore(now.minus(limits.maxJobAge()),
                "expired after " + limits.maxJobAge().toDays() + " days undelivered", now);
        int purged = 0;
        for (int round = 0; round < MAX_PURGE_ROUNDS && running.getAsBoolean(); round++) {
            int deleted = jobs.deleteFinishedBefore(now.minus(limits.finishedRetention()), PURGE_BATCH);
            purged += deleted;
            if (deleted < PURGE_BATCH) {
                break;
            }
        }
        if (expired > 0 || purged > 0) {
            LOG.info("delivery queue: {} stuck jobs expired, {} finished jobs deleted", expired, purged);
        }
    }
}
