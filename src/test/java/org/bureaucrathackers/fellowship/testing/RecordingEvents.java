package org.bureaucrathackers.fellowship.testing;

import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.notification.Notification;
import org.bureaucrathackers.fellowship.notification.NotificationEvents;
import org.bureaucrathackers.fellowship.post.DeletedStatus;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusEvents;

/** Records the committed events services announce, as "published 123", "deleted 123", "notified mention 45". */
public final class RecordingEvents implements StatusEvents, NotificationEvents {

    private final List<String> events = new ArrayList<>();

    @Override
    public synchronized void published(Status status) {
        events.add("published " + status.id());
    }

    @Override
    public synchronized void edited(Status status) {
        events.add("edited " + status.id());
    }

    @Override
    public synchronized void deleted(DeletedStatus deleted) {
        events.add("deleted " + deleted.status().id());
    }

    @Override
    public synchronized void created(Notification notification) {
        events.add("notified " + notification.type().wire() + " " + notification.recipientId());
    }

    public synchronized List<String> all() {
        return List.copyOf(events);
    }

    public synchronized void clear() {
        events.clear();
    }
}
