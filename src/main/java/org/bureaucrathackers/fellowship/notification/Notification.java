package org.bureaucrathackers.fellowship.notification;

import java.time.Instant;

/**
 * {@code fromAccountId} did something that concerns the local fellow {@code recipientId}. {@code statusId} is the
 * status it is about (null for follows); {@code followId}, {@code favouriteId} and {@code boostId} name the row
 * that caused it, when there is one, so that undoing the cause removes the notification.
 */
public record Notification(long id, long recipientId, NotificationType type, long fromAccountId, Long statusId,
                           Long followId, Long favouriteId, Long boostId, Instant createdAt) {
}
