package org.bureaucrathackers.fellowship.mastodon.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.junit.jupiter.api.Test;

class RateWindowTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void a_key_is_blocked_after_the_limit_until_its_oldest_event_leaves_the_window() {
        RateWindow window = new RateWindow(3, Duration.ofMinutes(15), 100, clock);
        window.record("a");
        clock.advance(Duration.ofMinutes(5));
        window.record("a");
        window.record("a");
        assertEquals(Optional.of(Duration.ofMinutes(10)), window.blockedFor("a"));
        assertTrue(window.blockedFor("b").isEmpty());

        clock.advance(Duration.ofMinutes(10));
        assertTrue(window.blockedFor("a").isEmpty(), "the first event has aged out");
        window.record("a");
        assertEquals(Optional.of(Duration.ofMinutes(5)), window.blockedFor("a"));
    }

    @Test
    void clearing_forgets_a_key() {
        RateWindow window = new RateWindow(1, Duration.ofMinutes(1), 10, clock);
        window.record("a");
        assertTrue(window.blockedFor("a").isPresent());
        window.clear("a");
        assertTrue(window.blockedFor("a").isEmpty());
    }

    @Test
    void memory_stays_bounded_under_a_flood_of_keys() {
        RateWindow window = new RateWindow(5, Duration.ofMinutes(15), 1_000, clock);
        for (int i = 0; i < 100_000; i++) {
            window.record("key" + i);
            window.record("key" + i);
        }
        assertEquals(1_000, window.trackedKeys());
    }

    @Test
    void aged_out_keys_make_room_before_live_ones_are_dropped() {
        RateWindow window = new RateWindow(1, Duration.ofMinutes(1), 2, clock);
        window.record("old");
        clock.advance(Duration.ofMinutes(2));
        window.record("live");
        window.record("new");
        assertTrue(window.blockedFor("live").isPresent(), "the live key was kept");
        assertTrue(window.blockedFor("new").isPresent());
    }
}
