package org.bureaucrathackers.fellowship.bench;

import java.util.Arrays;
import java.util.List;

/**
 * What one burst of requests got: each request's status (-1 when it got no answer) and latency, the wall time
 * from the first send to the last answer, and the first answer that was not the expected one, for the report.
 */
record LoadResult(int[] statuses, long[] latencyNanos, long wallNanos, String firstUnexpected) {

    /** The bursts taken together, as if one after the other: their requests and their wall times added up. */
    static LoadResult together(List<LoadResult> results) {
        int[] statuses = results.stream().flatMapToInt(r -> Arrays.stream(r.statuses())).toArray();
        long[] latencies = results.stream().flatMapToLong(r -> Arrays.stream(r.latencyNanos())).toArray();
        long wall = results.stream().mapToLong(LoadResult::wallNanos).sum();
        String firstUnexpected = results.stream().map(LoadResult::firstUnexpected)
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new LoadResult(statuses, latencies, wall, firstUnexpected);
    }

    int requests() {
        return statuses.length;
    }

    int count(int status) {
        return (int) Arrays.stream(statuses).filter(s -> s == status).count();
    }

    /** Answers with {@code status} per second of wall time. */
    double perSecond(int status) {
        return count(status) / (wallNanos / 1e9);
    }

    /** The latency below which {@code fraction} of the requests were answered (nearest rank), in milliseconds. */
    double percentileMillis(double fraction) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * sorted.length);
        return sorted[Math.max(rank - 1, 0)] / 1e6;
    }
}
