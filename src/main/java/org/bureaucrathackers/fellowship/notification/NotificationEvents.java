package org.bureaucrathackers.fellowship.notification;

/** Hears of notifications once they are committed (the streaming API pushes them to the fellow's clients). */
public interface NotificationEvents {

    /** Called on the committing thread: must return quickly and never block. */
    void created(Notification notification);
}
