package org.bureaucrathackers.fellowship.follow;

import org.bureaucrathackers.fellowship.store.PageRequest;
import org.bureaucrathackers.fellowship.store.Slice;

/** The social graph between accounts. Listing and counting see accepted follows only. */
public interface FollowStore {

    void insert(Follow follow);

    /** How many accounts follow {@code accountId}. */
    long countFollowers(long accountId);

    /** How many accounts {@code accountId} follows. */
    long countFollowing(long accountId);

    /** The actors following {@code accountId}, most recent follow first. */
    Slice<FollowedActor> followers(long accountId, PageRequest page);

    /** The actors {@code accountId} follows, most recent follow first. */
    Slice<FollowedActor> following(long accountId, PageRequest page);
}
