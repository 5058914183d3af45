package org.bureaucrathackers.fellowship.follow;

import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/** The social graph between accounts. Listing and counting see accepted follows only. */
public interface FollowStore {

    void insert(Follow follow);

    /** The follow (pending or accepted) of {@code targetId} by {@code followerId}. */
    Optional<Follow> find(long followerId, long targetId);

    Optional<Follow> findByUri(String uri);

    /** Sets the state and the activity id of a follow (a repeated Follow carries a new id). */
    void update(long followId, Follow.State state, String uri);

    void delete(long followId);

    /** Whether any local account follows {@code accountId} (accepted): what makes a remote post relevant (N2). */
    boolean hasLocalFollowers(long accountId);

    /**
     * Ids of the local accounts that follow {@code accountId} (accepted) and asked to be notified of its posts,
     * at most {@code limit} of them.
     */
    List<Long> localSubscriberIds(long accountId, int limit);

    /** Whether {@code followerId} follows {@code targetId} and was accepted. */
    boolean isFollowing(long followerId, long targetId);

    /** How many accounts follow {@code accountId}. */
    long countFollowers(long accountId);

    /** How many accounts {@code accountId} follows. */
    long countFollowing(long accountId);

    /** {@link #countFollowers} of each of {@code accountIds} (absent when none), for a whole page at once. */
    default java.util.Map<Long, Long> followerCounts(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        accountIds.forEach(id -> counts.put(id, countFollowers(id)));
        return counts;
    }

    /** {@link #countFollowing} of each of {@code accountIds} (absent when none), for a whole page at once. */
    default java.util.Map<Long, Long> followingCounts(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        accountIds.forEach(id -> counts.put(id, countFollowing(id)));
        return counts;
    }

    /** The actors following {@code accountId}, most recent follow first. */
    Slice<FollowedActor> followers(long accountId, PageRequest page);

    /** The actors {@code accountId} follows, most recent follow first. */
    Slice<FollowedActor> following(long accountId, PageRequest page);

    /** Follow requests waiting for {@code targetId}'s approval, oldest first. */
    List<Follow> pendingRequests(long targetId, int limit);

    /** Follow requests waiting for {@code targetId}'s approval, most recent first, paged by follow id. */
    Slice<Follow> pendingRequests(long targetId, PageRequest page);

    /** How many follow requests wait for {@code targetId}'s approval. */
    long countPendingRequests(long targetId);

    /** Records what the follower asked for with a follow (boosts, notifications, languages). */
    void setOptions(long followId, FollowOptions options);

    /** What the follower asked for with a follow; the defaults for a follow that is not stored. */
    FollowOptions options(long followId);

    /**
     * Where to deliver to the remote followers of {@code accountId}: each follower's shared inbox, else its
     * inbox, without repeats, at most {@code limit} of them.
     */
    List<String> remoteFollowerInboxes(long accountId, int limit);
}
