package org.bureaucrathackers.fellowship.notification;

import java.util.Optional;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/** The notifications of local fellows. */
public interface NotificationStore {

    /** Stores {@code notification} unless the same cause already notified its recipient; returns whether it did. */
    boolean insert(Notification notification);

    Optional<Notification> find(long recipientId, long notificationId);

    /** The recipient's notifications matching {@code filter}, newest first, leaving out those from deleted accounts. */
    Slice<Notification> page(long recipientId, NotificationFilter filter, PageRequest page);

    /**
     * How many of the recipient's notifications matching {@code filter} are newer than {@code afterId} (all, when
     * null), counting no further than {@code cap}.
     */
    int count(long recipientId, NotificationFilter filter, Long afterId, int cap);

    /** Removes one notification of the recipient's; returns whether there was one. */
    boolean delete(long recipientId, long notificationId);

    /** Removes every notification of the recipient's. */
    void deleteAll(long recipientId);

    /** Removes the recipient's notifications from {@code fromAccountId} (a block). */
    void deleteFrom(long recipientId, long fromAccountId);

    /** Removes the notification of this type about {@code statusId} from {@code fromAccountId}, if any. */
    void deleteAbout(long recipientId, NotificationType type, long fromAccountId, long statusId);

    /** Removes the notification of this type caused by the follow {@code followId}, if any. */
    void deleteForFollow(long followId, NotificationType type);
}
