package org.bureaucrathackers.fellowship.follow;

import java.time.Instant;

/**
 * {@code accountId} mutes {@code targetId}: the target's statuses stay out of the home timeline, and with
 * {@code hideNotifications} its notifications too. {@code expiresAt} null means until lifted.
 */
public record Mute(long id, long accountId, long targetId, boolean hideNotifications, Instant expiresAt,
                   Instant createdAt) {

    /** Whether the mute still holds at {@code now}. */
    public boolean isActive(Instant now) {
        return expiresAt == null || expiresAt.isAfter(now);
    }
}
