package org.bureaucrathackers.fellowship.ids;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time-sortable 64-bit ids: milliseconds since the epoch in the high bits, a sequence in the low 16 bits.
 * Ids created later compare greater, which paging by id and Mastodon clients rely on.
 */
public final class Ids {

    private static final int SEQUENCE_BITS = 16;
    private final Clock clock;
    private final AtomicLong last = new AtomicLong();

    public Ids(Clock clock) {
        this.clock = clock;
    }

    public long next() {
        long candidate = clock.millis() << SEQUENCE_BITS
                | (java.util.concurrent.ThreadLocalRandom.current().nextInt(1 << 10));
        return last.accumulateAndGet(candidate, (previous, fresh) -> Math.max(previous + 1, fresh));
    }

    /** The smallest id that could have been created at {@code epochMillis}. */
    public static long floorOf(long epochMillis) {
        return epochMillis << SEQUENCE_BITS;
    }
}
