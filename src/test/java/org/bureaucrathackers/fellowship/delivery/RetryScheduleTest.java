package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule schedule = RetrySchedule.standard();

    @Test
    void nominal_delays_start_at_thirty_seconds_double_and_stop_growing_at_twelve_hours() {
        assertEquals(Duration.ofSeconds(30), schedule.nominalDelayAfter(1));
        assertEquals(Duration.ofSeconds(60), schedule.nominalDelayAfter(2));
        assertEquals(Duration.ofSeconds(30L << 10), schedule.nominalDelayAfter(11));
        assertEquals(Duration.ofHours(12), schedule.nominalDelayAfter(12));
        assertEquals(Duration.ofHours(12), schedule.nominalDelayAfter(24));
        assertEquals(Duration.ofHours(12), schedule.nominalDelayAfter(Integer.MAX_VALUE));
        for (int n = 1; n < schedule.maxAttempts(); n++) {
            assertTrue(schedule.nominalDelayAfter(n + 1).compareTo(schedule.nominalDelayAfter(n)) >= 0,
                    "delays never shrink (after attempt " + n + ")");
        }
    }

    @Test
    void jitter_stays_within_twenty_percent_and_under_the_cap() {
        RandomGenerator random = new SplittableRandom(42);
        for (int n = 1; n < schedule.maxAttempts(); n++) {
            long nominal = schedule.nominalDelayAfter(n).toMillis();
            for (int draw = 0; draw < 200; draw++) {
                long delay = schedule.delayAfter(n, random).orElseThrow().toMillis();
                assertTrue(delay >= Math.round(nominal * 0.8) && delay <= Math.round(nominal * 1.2),
                        "after attempt " + n + ": " + delay + " ms vs nominal " + nominal + " ms");
                assertTrue(delay <= Duration.ofHours(12).toMillis());
            }
        }
        assertEquals(Duration.ofMillis(24_000), schedule.delayAfter(1, fixed(0.0)).orElseThrow());
        assertEquals(Duration.ofMillis(36_000), schedule.delayAfter(1, fixed(0.9999999999)).orElseThrow());
    }

    @Test
    void the_whole_schedule_spans_at_least_two_days_and_about_a_week() {
        Duration shortest = Duration.ZERO;
        Duration nominal = Duration.ZERO;
        for (int n = 1; n < schedule.maxAttempts(); n++) {
            shortest = shortest.plus(schedule.delayAfter(n, fixed(0.0)).orElseThrow());
            nominal = nominal.plus(schedule.nominalDelayAfter(n));
        }
        assertTrue(shortest.compareTo(Duration.ofHours(48)) >= 0, "even with the least jitter: " + shortest);
        assertTrue(nominal.compareTo(Duration.ofDays(6)) > 0 && nominal.compareTo(Duration.ofDays(8)) < 0,
                "about a week: " + nominal);
    }

    @Test
    void there_is_no_attempt_after_the_last() {
        assertTrue(schedule.delayAfter(schedule.maxAttempts() - 1, fixed(0.5)).isPresent());
        assertTrue(schedule.delayAfter(schedule.maxAttempts(), fixed(0.5)).isEmpty());
    }

    @Test
    void nonsensical_schedules_are_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1), 0.2, 5));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1), 0.2, 5));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofHours(1), 1.0, 5));
        assertThrows(IllegalArgumentException.class,
                () -> new RetrySchedule(Duration.ofSeconds(1), Duration.ofHours(1), 0.2, 0));
    }

    /** A generator whose doubles are always {@code value}. */
    static RandomGenerator fixed(double value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public double nextDouble() {
                return value;
            }
        };
    }
}
