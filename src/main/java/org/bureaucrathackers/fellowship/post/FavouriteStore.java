package org.bureaucrathackers.fellowship.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/** Likes of statuses. */
public interface FavouriteStore {

    void insert(Favourite favourite);

    Optional<Favourite> find(long accountId, long statusId);

    Optional<Favourite> findByUri(String uri);

    void delete(long favouriteId);

    long count(long statusId);

    /** Ids of the accounts that liked {@code statusId}, at most {@code limit}. */
    List<Long> likerIds(long statusId, int limit);

    /** How many likes each status has, for statuses that have any. */
    Map<Long, Long> counts(Collection<Long> statusIds);

    /** Of {@code statusIds}, those {@code accountId} liked. */
    Set<Long> likedAmong(long accountId, Collection<Long> statusIds);

    /** The likes {@code accountId} gave, newest first. */
    Slice<Favourite> byAccount(long accountId, PageRequest page);

    /** The likes of {@code statusId}, newest first. */
    Slice<Favourite> ofStatus(long statusId, PageRequest page);
}
