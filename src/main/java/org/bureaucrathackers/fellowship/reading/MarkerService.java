package org.bureaucrathackers.fellowship.reading;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;

/** Where fellows stopped reading their home timeline and their notifications. */
public final class MarkerService {

    private final MarkerStore store;
    private final Clock clock;

    public MarkerService(MarkerStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The fellow's markers for the timelines asked for (those never set are left out). */
    public List<Marker> markers(Account fellow, Collection<Marker.Timeline> timelines) {
        List<Marker> found = new ArrayList<>();
        for (Marker marker : store.find(fellow.id())) {
            if (timelines.contains(marker.timeline())) {
                found.add(marker);
            }
        }
        return found;
    }

    /** Moves the fellow's markers to the ids given per timeline; returns the markers as they now are. */
    public List<Marker> save(Account fellow, Map<Marker.Timeline, Long> lastReadIds) {
        List<Marker> saved = new ArrayList<>();
        for (Marker.Timeline timeline : Marker.Timeline.values()) {
            Long id = lastReadIds.get(timeline);
            if (id != null) {
                saved.add(store.save(fellow.id(), timeline, id, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
            }
        }
        return saved;
    }
}
