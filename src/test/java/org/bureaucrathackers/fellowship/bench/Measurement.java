package org.bureaucrathackers.fellowship.bench;

/**
 * What one configuration did: the ceiling (NodeInfo discovery, no database) and the signed inbox load, both at
 * the same concurrency, and how long until the inbox worker had handled everything the load brought.
 *
 * @param writeDelay     H2's WRITE_DELAY as the running database reported it (n/a on PostgreSQL)
 * @param processedNanos from the first timed delivery until the inbox worker had finished its last job
 */
record Measurement(Configuration configuration, String writeDelay, LoadResult ceiling, LoadResult inbox,
                   long processedNanos) {

    double ceilingPerSecond() {
        return ceiling.perSecond(200);
    }

    double acceptedPerSecond() {
        return inbox.perSecond(202);
    }

    /** Accepted deliveries per second as a share of the ceiling measured on the same instance. */
    double acceptedOfCeiling() {
        return acceptedPerSecond() / ceilingPerSecond();
    }

    double p50Millis() {
        return inbox.percentileMillis(0.50);
    }

    double p99Millis() {
        return inbox.percentileMillis(0.99);
    }

    double processedSeconds() {
        return processedNanos / 1e9;
    }

    double processedPerSecond() {
        return inbox.requests() / processedSeconds();
    }
}
