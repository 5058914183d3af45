package org.bureaucrathackers.fellowship.signature;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** The HTTP {@code Date} header: IMF-fixdate out, and the RFC 1123 forms peers send in. */
final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final int MAX_LENGTH = 64;

    private HttpDates() {
    }

    static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** Parses an RFC 1123 date (two-digit day or one); null when it is not one. */
    static Instant parse(String value) {
        if (value == null || value.length() > MAX_LENGTH) {
            return null;
        }
        try {
            return Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.strip()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
