package org.bureaucrathackers.fellowship.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bureaucrathackers.fellowship.outbox.Actor;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;

/** Keeps every published activity, in order, for tests to inspect. */
public final class RecordingOutbound implements OutboundActivities {

    /** One call of {@link #publish}; {@code recipients} are actor ids. */
    public record Published(Actor actor, ObjectNode activity, List<String> recipients, boolean toFollowers) {
        public String type() {
            return activity.path("type").asText();
        }
    }

    private final List<Published> published = new ArrayList<>();

    @Override
    public synchronized void publish(Actor actor, ObjectNode activity, Collection<? extends Actor> recipients,
                                     boolean toFollowers) {
        published.add(new Published(actor, activity.deepCopy(), recipients.stream().map(Actor::uri).toList(),
                toFollowers));
    }

    public synchronized List<Published> all() {
        return List.copyOf(published);
    }

    /** The only activity published since the last {@link #clear}; fails if there were none or several. */
    public synchronized Published only() {
        if (published.size() != 1) {
            throw new AssertionError("expected one published activity, got " + published.size() + ": "
                    + published.stream().map(Published::type).toList());
        }
        return published.get(0);
    }

    public synchronized Published last() {
        if (published.isEmpty()) {
            throw new AssertionError("nothing was published");
        }
        return published.get(published.size() - 1);
    }

    public synchronized List<String> types() {
        return published.stream().map(Published::type).toList();
    }

    public synchronized void clear() {
        published.clear();
    }
}
