package org.bureaucrathackers.fellowship.reading;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a fellow stopped reading a timeline: the id of the last status or notification read. {@code version}
 * counts the changes, so clients on several devices can tell whose marker is newer.
 */
public record Marker(long accountId, Timeline timeline, long lastReadId, int version, Instant updatedAt) {

    /** The timelines that have markers. */
    public enum Timeline {
        HOME, NOTIFICATIONS;

        /** The name on the wire and in the database. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Timeline> fromKey(String key) {
            for (Timeline timeline : values()) {
                if (timeline.key().equals(key)) {
                    return Optional.of(timeline);
                }
            }
            return Optional.empty();
        }
    }
}
