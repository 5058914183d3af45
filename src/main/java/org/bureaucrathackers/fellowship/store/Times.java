package org.bureaucrathackers.fellowship.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The one conversion between the domain's {@link Instant} and the {@code TIMESTAMP WITH TIME ZONE} columns, which
 * jOOQ reads and writes as {@link OffsetDateTime}. Times are stored in UTC; a null stays null.
 */
final class Times {

    private Times() {
    }

    static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
