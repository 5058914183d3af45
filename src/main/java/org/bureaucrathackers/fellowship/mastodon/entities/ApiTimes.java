package org.bureaucrathackers.fellowship.mastodon.entities;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Datetimes as clients parse them: always with milliseconds and a Z (toot crashes on {@code ...:00Z}).
 */
public final class ApiTimes {

    private static final DateTimeFormatter DATETIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    private ApiTimes() {
    }

    public static String datetime(Instant instant) {
        return instant == null ? null : DATETIME.format(instant);
    }

    /** A calendar date, as {@code last_status_at} is. */
    public static String date(Instant instant) {
        return instant == null ? null : DATE.format(instant);
    }
}
