package org.bureaucrathackers.fellowship.delivery;

import java.time.Instant;

/**
 * The delivery queue counted at one instant. Pending jobs fall in exactly one of the first three counts; the
 * finished ones are those that finished since the given instant.
 *
 * @param dueNow                  pending, unleased, their next attempt due
 * @param scheduledLater          pending, unleased, waiting for a later attempt
 * @param leased                  pending under a live lease: being attempted
 * @param oldestPendingCreatedAt  when the oldest pending job was queued; null when none is pending
 */
public record QueueCounts(
        long dueNow,
        long scheduledLater,
        long leased,
        Instant oldestPendingCreatedAt,
        long doneSince,
        long failedSince,
        long goneSince) {

    public long pending() {
        return dueNow + scheduledLater + leased;
    }
}
