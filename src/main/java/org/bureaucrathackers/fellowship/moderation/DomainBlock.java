package org.bureaucrathackers.fellowship.moderation;

import java.time.Instant;

/**
 * A domain this instance does not federate with, and every subdomain of it. {@code host} is normalised
 * ({@link org.bureaucrathackers.fellowship.uri.Hostnames}); {@code reason} is for operators and may be null.
 */
public record DomainBlock(String host, Severity severity, String reason, Instant createdAt) {

    public static final int MAX_REASON = 1000;

    /** How much is refused. Only suspension exists today: nothing in, nothing out. */
    public enum Severity {
        SUSPEND;

        public String stored() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Severity ofStored(String value) {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        }
    }
}
