package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.store.PageRequest;
import org.bureaucrathackers.fellowship.store.Slice;

/** Persistence of statuses. The listing methods never return deleted, followers-only or direct statuses. */
public interface StatusStore {

    void insert(Status status);

    /** How many public and unlisted statuses {@code accountId} has. */
    long countOpen(long accountId);

    /** Public and unlisted statuses of {@code accountId}, newest first. */
    Slice<Status> openByAccount(long accountId, PageRequest page);

    /** Pins a status of {@code accountId} to its profile. */
    void pin(long pinId, long accountId, long statusId, Instant pinnedAt);

    /** Pinned public and unlisted statuses of {@code accountId}, most recently pinned first. */
    List<Status> pinned(long accountId, int limit);
}
