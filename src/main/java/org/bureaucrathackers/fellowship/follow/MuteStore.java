package org.bureaucrathackers.fellowship.follow;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/** Mutes between accounts. Expired mutes are never returned. */
public interface MuteStore {

    /** Stores {@code mute}, replacing any earlier mute of the same pair. */
    void save(Mute mute);

    /** The mute of {@code targetId} by {@code accountId} that still holds at {@code now}. */
    Optional<Mute> find(long accountId, long targetId, Instant now);

    /** Removes the mute of {@code targetId} by {@code accountId}; returns whether there was one. */
    boolean delete(long accountId, long targetId);

    /** The mutes of {@code accountId} that still hold at {@code now}, most recent first, paged by mute id. */
    Slice<Mute> mutedBy(long accountId, PageRequest page, Instant now);
}
