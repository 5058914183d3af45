package org.bureaucrathackers.fellowship.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqDeliveryHostStore;
import org.bureaucrathackers.fellowship.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** Operators read one line when a host goes unavailable and one when it comes back; no line per failure. */
class HostHealthLogTest {

    private static final String HOST = "flaky.example";

    @TempDir
    Path tempDir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(HostHealth.class);
    private Database db;
    private HostHealth health;

    @BeforeEach
    void setUp() {
        lines.start();
        logger.addAppender(lines);
        db = new TestDatabases.H2().open(tempDir);
        health = new HostHealth(new JooqDeliveryHostStore(db), db, clock, 7, Duration.ofHours(6));
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(lines);
        db.close();
    }

    @Test
    void going_unavailable_is_one_warning_and_coming_back_one_info_line() {
        for (int day = 0; day < 6; day++) {
            assertFalse(health.recordFailure(HOST));
            assertFalse(health.recordFailure(HOST));
            clock.advance(Duration.ofDays(1));
        }
        assertEquals(List.of(), said(), "single failures are not logged");

        assertTrue(health.recordFailure(HOST));
        health.recordFailure(HOST);
        clock.advance(Duration.ofDays(1));
        health.recordFailure(HOST);
        assertEquals(List.of("WARN delivery host flaky.example is now unavailable after failures on 7 days;"
                + " probing it every 6 h"), said());

        lines.list.clear();
        assertTrue(health.markAlive(HOST));
        health.markAliveByUrl("https://flaky.example/users/bob");
        health.recordDelivered(HOST);
        assertEquals(List.of("INFO delivery host flaky.example is available again"), said());
    }

    @Test
    void a_delivery_that_ends_an_outage_is_logged_too() {
        for (int day = 0; day < 7; day++) {
            health.recordFailure(HOST);
            clock.advance(Duration.ofDays(1));
        }
        lines.list.clear();
        assertTrue(health.recordDelivered(HOST));
        assertFalse(health.recordDelivered(HOST));
        assertEquals(List.of("INFO delivery host flaky.example is available again"), said());
    }

    @Test
    void a_change_rolled_back_is_not_logged_and_is_still_reported_when_made_again() {
        for (int day = 0; day < 6; day++) {
            health.recordFailure(HOST);
            clock.advance(Duration.ofDays(1));
        }
        assertThrows(IllegalStateException.class, () -> db.inTransaction(() -> {
            assertTrue(health.recordFailure(HOST));
            throw new IllegalStateException("the outcome could not be recorded");
        }));
        assertEquals(List.of(), said(), "nothing was committed");

        assertTrue(db.inTransaction(() -> health.recordFailure(HOST)));
        assertEquals(1, said().size(), said().toString());
    }

    @Test
    void the_probe_interval_is_said_as_people_say_it() {
        assertEquals("6 h", HostHealth.readable(Duration.ofHours(6)));
        assertEquals("90 min", HostHealth.readable(Duration.ofMinutes(90)));
        assertEquals("45 s", HostHealth.readable(Duration.ofSeconds(45)));
    }

    private List<String> said() {
        return lines.list.stream()
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
                .map(e -> e.getLevel() + " " + e.getFormattedMessage())
                .toList();
    }
}
