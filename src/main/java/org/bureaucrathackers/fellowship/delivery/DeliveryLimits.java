package org.bureaucrathackers.fellowship.delivery;

import java.time.Duration;

/**
 * The bounds a {@link DeliveryWorker} keeps.
 *
 * @param threads            deliveries in flight at once on this node
 * @param perHost            deliveries in flight at once to one host on this node
 * @param requestTimeout     the whole of one POST (DL4: GoToSocial and Mastodon allow about 10 s)
 * @param lease              how long a claimed job stays ours; longer than two knocks with their timeouts, so
 *                           only a crashed node's jobs come back
 * @param pollInterval       how often to look for due jobs when idle
 * @param batchSize          due jobs read per look
 * @param probeInterval      how often one job may go to an unavailable host to see whether it is back
 * @param shutdownGrace      how long {@link DeliveryWorker#stop()} waits for deliveries in flight
 * @param maxJobAge          pending jobs older than this are failed (stuck behind an unavailable host)
 * @param finishedRetention  finished jobs are deleted after this
 * @param retries            the retry schedule
 */
public record DeliveryLimits(
        int threads,
        int perHost,
        Duration requestTimeout,
        Duration lease,
        Duration pollInterval,
        int batchSize,
        Duration probeInterval,
        Duration shutdownGrace,
        Duration maxJobAge,
        Duration finishedRetention,
        RetrySchedule retries) {

    public DeliveryLimits {
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be 1 to 256");
        }
        if (perHost < 1 || perHost > threads) {
            throw new IllegalArgumentException("perHost must be 1 to threads");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batchSize must be 1 to 1000");
        }
        positive(requestTimeout, "requestTimeout");
        positive(pollInterval, "pollInterval");
        positive(probeInterval, "probeInterval");
        positive(shutdownGrace, "shutdownGrace");
        positive(finishedRetention, "finishedRetention");
        if (lease.compareTo(requestTimeout.multipliedBy(3)) < 0) {
            throw new IllegalArgumentException("lease must cover two knocks with room to spare (3 x requestTimeout)");
        }
        if (maxJobAge.compareTo(retries.maxDelay().multipliedBy(retries.maxAttempts())) < 0) {
            throw new IllegalArgumentException("maxJobAge must outlast the whole retry schedule");
        }
    }

    /**
     * 4 threads, 2 per host, 10 s per POST, 5 min lease, 1 s poll, probe every 6 h, 10 s to finish at shutdown
     * (within the stop timeouts of container runtimes), the standard retries.
     */
    public static DeliveryLimits defaults() {
        return new DeliveryLimits(4, 2, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(1), 100,
                Duration.ofHours(6), Duration.ofSeconds(10), Duration.ofDays(14), Duration.ofDays(7),
                RetrySchedule.standard());
    }

    public DeliveryLimits withThreads(int threads, int perHost) {
        return new DeliveryLimits(threads, perHost, requestTimeout, lease, pollInterval, batchSize, probeInterval,
                shutdownGrace, maxJobAge, finishedRetention, retries);
    }

    public DeliveryLimits withPollInterval(Duration pollInterval) {
        return new DeliveryLimits(threads, perHost, requestTimeout, lease, pollInterval, batchSize, probeInterval,
                shutdownGrace, maxJobAge, finishedRetention, retries);
    }

    public DeliveryLimits withShutdownGrace(Duration shutdownGrace) {
        return new DeliveryLimits(threads, perHost, requestTimeout, lease, pollInterval, batchSize, probeInterval,
                shutdownGrace, maxJobAge, finishedRetention, retries);
    }

    private static void positive(Duration duration, String name) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
