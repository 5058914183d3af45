package org.bureaucrathackers.fellowship.reading;

import java.time.Instant;
import java.util.List;

/** Read markers, one per fellow and timeline. */
public interface MarkerStore {

    /** The fellow's markers, in the order of {@link Marker.Timeline}; timelines never marked are left out. */
    List<Marker> find(long accountId);

    /**
     * Sets the marker atomically: a new marker starts at version 0; moving it to another id adds one to the
     * version; setting the same id again changes nothing. Returns the marker as stored.
     */
    Marker save(long accountId, Marker.Timeline timeline, long lastReadId, Instant at);
}
