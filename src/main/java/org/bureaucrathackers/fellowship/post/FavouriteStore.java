package org.bureaucrathackers.fellowship.post;

import java.util.List;
import java.util.Optional;

/** Likes of statuses. */
public interface FavouriteStore {

    void insert(Favourite favourite);

    Optional<Favourite> find(long accountId, long statusId);

    Optional<Favourite> findByUri(String uri);

    void delete(long favouriteId);

    long count(long statusId);

    /** Ids of the accounts that liked {@code statusId}, at most {@code limit}. */
    List<Long> likerIds(long statusId, int limit);
}
