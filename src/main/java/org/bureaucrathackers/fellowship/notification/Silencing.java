package org.bureaucrathackers.fellowship.notification;

/**
 * Whether a fellow wants to hear nothing from an account: {@code follow/Separation} answers with blocks (either
 * way) and, where the fellow mutes the account with its notifications, mutes.
 */
@FunctionalInterface
public interface Silencing {

    boolean silences(long recipientId, long fromAccountId);
}
