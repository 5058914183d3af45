package org.bureaucrathackers.fellowship.delivery;

import java.time.Instant;

/**
 * One activity on its way to one inbox. {@code body} is the activity JSON exactly as it will be sent;
 * {@code inboxHost} is the inbox's host (with its port when not the default) for health and concurrency.
 * {@code lastStatus}, {@code lastError}, {@code leaseUntil} and {@code finishedAt} may be null.
 */
public record DeliveryJob(
        long id,
        long senderAccountId,
        String activityId,
        String inboxUrl,
        String inboxHost,
        String body,
        DeliveryState state,
        int attempts,
        Instant nextAttemptAt,
        Instant leaseUntil,
        Integer lastStatus,
        String lastError,
        Instant createdAt,
        Instant finishedAt) {

    @Override
    public String toString() {
        return "DeliveryJob[" + id + " " + activityId + " -> " + inboxUrl + " " + state + " after " + attempts
                + " attempts]";
    }
}
