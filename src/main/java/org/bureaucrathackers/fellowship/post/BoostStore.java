package org.bureaucrathackers.fellowship.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * Boosts (reblogs) as they are stored: a status that points at another. Writing and deleting one goes
 * through {@link StatusStore}; this store finds and counts them.
 */
public interface BoostStore {

    /** The boost of {@code statusId} by {@code accountId}, if there is one. */
    Optional<Status> findBoost(long accountId, long statusId);

    /** Ids of the accounts that boosted {@code statusId}, at most {@code limit}. */
    List<Long> boosterIds(long statusId, int limit);

    /**
     * Boosts of {@code statusId} that {@code viewerId} may see, as StatusAccess decides (a null viewer is
     * anonymous), newest first.
     */
    Slice<Status> boostsOf(long statusId, Long viewerId, PageRequest page);

    /** How many boosts each status has, for statuses that have any. */
    Map<Long, Long> boostCounts(Collection<Long> statusIds);

    /** Of {@code statusIds}, those {@code accountId} boosted. */
    Set<Long> boostedAmong(long accountId, Collection<Long> statusIds);
}
