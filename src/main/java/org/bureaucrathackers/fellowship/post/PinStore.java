package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/** The statuses accounts pin to their profiles. Listing pinned statuses is a {@link TimelineStore} job. */
public interface PinStore {

    /** Pins a status of {@code accountId} to its profile. */
    void pin(long pinId, long accountId, long statusId, Instant pinnedAt);

    /** Removes a pin; returns whether there was one. */
    boolean unpin(long accountId, long statusId);

    /** How many statuses {@code accountId} has pinned. */
    long countPins(long accountId);

    /** Of {@code statusIds}, those {@code accountId} pinned. */
    Set<Long> pinnedAmong(long accountId, Collection<Long> statusIds);
}
