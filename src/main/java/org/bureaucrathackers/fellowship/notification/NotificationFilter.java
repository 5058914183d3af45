package org.bureaucrathackers.fellowship.notification;

import java.util.Set;

/**
 * Which notifications a list shows: only {@code types} when {@code onlySome} (possibly none, when a client
 * named only types we do not have), never {@code excluded}, and only those from {@code fromAccountId} when set.
 */
public record NotificationFilter(boolean onlySome, Set<NotificationType> types, Set<NotificationType> excluded,
                                 Long fromAccountId) {

    public static final NotificationFilter ALL = new NotificationFilter(false, Set.of(), Set.of(), null);

    public NotificationFilter {
        types = Set.copyOf(types);
        excluded = Set.copyOf(excluded);
    }
}
