package org.bureaucrathackers.fellowship.bench;

import java.util.List;

/**
 * What one configuration did: the ceiling (NodeInfo discovery, no database) and the signed inbox load, both at
 * the same concurrency, and how long until the inbox worker had handled everything the load brought.
 *
 * @param writeDelay     H2's WRITE_DELAY as the running database reported it (n/a on PostgreSQL)
 * @param processedNanos from the first timed delivery until the inbox worker had finished its last job
 */
record Measurement(Configuration configuration, String writeDelay, LoadResult ceiling, LoadResult inbox,
                   long processedNanos) {

    /** The runs of one configuration taken together (rates over their summed times, percentiles over all). */
    static Measurement together(List<Measurement> runs) {
        Measurement first = runs.get(0);
        return new Measurement(first.configuration(), first.writeDelay(),
                LoadResult.together(runs.stream().map(Measurement::ceiling).toList()),
                LoadResult.together(runs.stream().map(Measurement::inbox).toList()),
                runs.stream().mapToLong(Measurement::processedNanos).sum());
    }

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
