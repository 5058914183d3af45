package org.bureaucrathackers.fellowship.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** At most ten hosts under one registrable domain bring new actors while the window lasts (X19). */
class NewSubdomainsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T12:00:00Z"));
    private final NewSubdomains limit = NewSubdomains.standard(clock);

    @Test
    void an_eleventh_subdomain_is_refused_while_counted_ones_stay_allowed() {
        for (int i = 1; i <= 10; i++) {
            assertTrue(limit.allows("a" + i + ".wild.example"), "host " + i);
            limit.record("a" + i + ".wild.example");
        }
        assertFalse(limit.allows("a11.wild.example"));
        assertFalse(limit.allows("deep.a12.wild.example"), "any depth counts under the same domain");
        assertTrue(limit.allows("A3.wild.example:8443"), "a host already counted, at any port");
        assertTrue(limit.allows("other.example"), "another domain has its own count");
        assertEquals(10, limit.counted("wild.example"));
    }

    @Test
    void the_window_renews_with_each_new_host_and_then_runs_out() {
        for (int i = 1; i <= 10; i++) {
            limit.record("a" + i + ".wild.example");
            clock.advance(Duration.ofSeconds(30));
        }
        assertFalse(limit.allows("a11.wild.example"), "the last host renewed the window");
        clock.advance(Duration.ofSeconds(31));
        assertTrue(limit.allows("a11.wild.example"));
        assertEquals(0, limit.counted("wild.example"));
    }

    @Test
    void addresses_and_single_labels_count_for_themselves() {
        for (int i = 1; i <= 10; i++) {
            limit.record("192.0.2." + i);
        }
        assertTrue(limit.allows("192.0.2.11"));
        assertTrue(limit.allows("localhost:8080"));
    }
}
