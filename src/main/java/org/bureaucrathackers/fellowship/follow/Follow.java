package org.bureaucrathackers.fellowship.follow;

import java.time.Instant;
import java.util.Locale;

/** {@code followerId} follows {@code targetId}; only accepted follows count and are listed. */
public record Follow(long id, long followerId, long targetId, State state, String uri, Instant createdAt) {

    public enum State {
        PENDING, ACCEPTED;

        /** The form stored in the database. */
        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State fromStored(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT));
        }
    }
}
