package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void delay_seconds_are_read() {
        assertEquals(Optional.of(Duration.ofSeconds(120)), RetryAfter.parse("120", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse(" 7 ", NOW));
    }

    @Test
    void an_http_date_is_read_relative_to_now_and_never_negative() {
        assertEquals(Optional.of(Duration.ofMinutes(30)), RetryAfter.parse("Sun, 01 Mar 2026 12:30:00 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryAfter.parse("Sun, 01 Mar 2026 11:00:00 GMT", NOW));
    }

    @Test
    void missing_or_unreadable_values_are_ignored() {
        assertTrue(RetryAfter.parse(null, NOW).isEmpty());
        assertTrue(RetryAfter.parse("", NOW).isEmpty());
        assertTrue(RetryAfter.parse("-5", NOW).isEmpty());
        assertTrue(RetryAfter.parse("soon", NOW).isEmpty());
        assertTrue(RetryAfter.parse("99999999999999999999999", NOW).isEmpty());
        assertTrue(RetryAfter.parse("1".repeat(100), NOW).isEmpty());
    }
}
