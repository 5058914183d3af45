package org.bureaucrathackers.fellowship.post;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * Lists of statuses: the home and public timelines, an account's statuses and pins, replies. The "open"
 * listings never return deleted, followers-only or direct statuses.
 */
public interface TimelineStore {

    /** How many public and unlisted statuses (boosts included) {@code accountId} has. */
    long countOpen(long accountId);

    /** {@link #countOpen} of each of {@code accountIds} (absent when none), for a whole page at once. */
    default java.util.Map<Long, Long> openCounts(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        accountIds.forEach(id -> counts.put(id, countOpen(id)));
        return counts;
    }

    /**
     * When the newest public or unlisted status (boosts included) of each of {@code accountIds} was made, absent
     * for accounts with none: the first of {@link #openByAccount}, for a whole page at once.
     */
    default java.util.Map<Long, java.time.Instant> newestOpenAt(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, java.time.Instant> newest = new java.util.HashMap<>();
        for (long id : accountIds) {
            List<Status> first = openByAccount(id, PageRequest.newest(1)).items();
            if (!first.isEmpty()) {
                newest.put(id, first.get(0).createdAt());
            }
        }
        return newest;
    }

    /** Public and unlisted statuses (boosts included) of {@code accountId}, newest first. */
    Slice<Status> openByAccount(long accountId, PageRequest page);

    /** Public and unlisted posts (no boosts) of {@code accountId}, newest first: what a profile page shows. */
    List<Status> openPostsByAccount(long accountId, int limit);

    /** The newest public posts (no boosts, no replies) of local accounts: what the home page shows. */
    List<Status> publicLocalPosts(int limit);

    /** Public and unlisted replies to {@code statusId} by local accounts, newest first (CO6). */
    Slice<Status> openLocalReplies(long statusId, PageRequest page);

    /** Pinned public and unlisted statuses of {@code accountId}, most recently pinned first. */
    List<Status> pinned(long accountId, int limit);

    // What the client API lists. Every list below shows only what the viewer may see, as StatusAccess
    // decides (a null viewer is anonymous), and nothing by accounts that block the viewer or that the
    // viewer blocks, boosts of their posts included.

    /**
     * The home timeline of {@code accountId}: its own statuses, the statuses and boosts of accounts it
     * follows, and statuses mentioning it, newest first.
     */
    Slice<Status> home(long accountId, PageRequest page);

    /** Whether {@code statusId} is in the home timeline of {@code accountId}, by the rules of {@link #home}. */
    boolean inHome(long accountId, long statusId);

    /** Public statuses as {@code timeline} selects them, newest first. */
    Slice<Status> publicTimeline(PublicTimeline timeline, Long viewerId, PageRequest page);

    /** Statuses and boosts of {@code accountId}, newest first. */
    Slice<Status> byAccount(long accountId, Long viewerId, AccountStatusFilter filter, PageRequest page);

    /** Pinned statuses of {@code accountId}, most recently pinned first. */
    List<Status> pinnedVisible(long accountId, Long viewerId, int limit);

    /** Replies to any of {@code parentIds}, oldest first, at most {@code limit}; not filtered by viewer. */
    List<Status> repliesTo(Collection<Long> parentIds, int limit);

    /** How many replies (not direct ones) each status has, for statuses that have any. */
    Map<Long, Long> replyCounts(Collection<Long> statusIds);
}
