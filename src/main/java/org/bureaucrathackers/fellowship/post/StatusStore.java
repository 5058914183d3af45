package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * Persistence of statuses, boosts, their mentions, hashtags and media. The listing methods never return
 * deleted, followers-only or direct statuses.
 */
public interface StatusStore {

    void insert(Status status);

    /** Replaces the content fields of a status (an edit): content, source, warning, sensitivity, language, edit time. */
    void update(Status status);

    /** Removes a status; its mentions, tags, media, favourites, boosts and pins go with it. */
    void delete(long statusId);

    Optional<Status> findById(long statusId);

    Optional<Status> findByUri(String uri);

    /** The boost of {@code statusId} by {@code accountId}, if there is one. */
    Optional<Status> findBoost(long accountId, long statusId);

    /** How many public and unlisted statuses (boosts included) {@code accountId} has. */
    long countOpen(long accountId);

    /** Public and unlisted statuses (boosts included) of {@code accountId}, newest first. */
    Slice<Status> openByAccount(long accountId, PageRequest page);

    /** Public and unlisted posts (no boosts) of {@code accountId}, newest first: what a profile page shows. */
    List<Status> openPostsByAccount(long accountId, int limit);

    /** The newest public posts (no boosts, no replies) of local accounts: what the home page shows. */
    List<Status> publicLocalPosts(int limit);

    /** Public and unlisted replies to {@code statusId} by local accounts, newest first (CO6). */
    Slice<Status> openLocalReplies(long statusId, PageRequest page);

    /** Ids of the accounts that boosted {@code statusId}, at most {@code limit}. */
    List<Long> boosterIds(long statusId, int limit);

    void replaceMentions(long statusId, List<Long> accountIds);

    /** Ids of the accounts {@code statusId} mentions or addresses, in the order stored. */
    List<Long> mentionedAccountIds(long statusId);

    /** Whether {@code statusId} mentions or addresses {@code accountId}. */
    boolean mentions(long statusId, long accountId);

    void replaceTags(long statusId, List<String> names);

    List<String> tags(long statusId);

    void replaceAttachments(long statusId, List<Attachment> attachments);

    List<Attachment> attachments(long statusId);

    /** Pins a status of {@code accountId} to its profile. */
    void pin(long pinId, long accountId, long statusId, Instant pinnedAt);

    /** Pinned public and unlisted statuses of {@code accountId}, most recently pinned first. */
    List<Status> pinned(long accountId, int limit);

    /** Removes a pin; returns whether there was one. */
    boolean unpin(long accountId, long statusId);

    /** How many statuses {@code accountId} has pinned. */
    long countPins(long accountId);

    // What the client API lists. Every list below shows only what the viewer may see, as StatusAccess
    // decides (a null viewer is anonymous), and nothing by accounts that block the viewer or that the
    // viewer blocks, boosts of their posts included.

    /** The statuses with these ids that are not deleted, in no particular order. */
    List<Status> findByIds(Collection<Long> statusIds);

    /** Of {@code statusIds}, those {@code viewerId} may see. */
    Set<Long> visibleAmong(Long viewerId, Collection<Long> statusIds);

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

    /** Boosts of {@code statusId}, newest first. */
    Slice<Status> boostsOf(long statusId, Long viewerId, PageRequest page);

    /** Mentioned account ids per status, for statuses that mention anyone. */
    Map<Long, List<Long>> mentionsOf(Collection<Long> statusIds);

    /** Hashtags per status, for statuses that have any. */
    Map<Long, List<String>> tagsOf(Collection<Long> statusIds);

    /** Media per status, for statuses that have any. */
    Map<Long, List<Attachment>> attachmentsOf(Collection<Long> statusIds);

    /** How many replies (not direct ones) each status has, for statuses that have any. */
    Map<Long, Long> replyCounts(Collection<Long> statusIds);

    /** How many boosts each status has, for statuses that have any. */
    Map<Long, Long> boostCounts(Collection<Long> statusIds);

    /** Of {@code statusIds}, those {@code accountId} boosted. */
    Set<Long> boostedAmong(long accountId, Collection<Long> statusIds);

    /** Of {@code statusIds}, those {@code accountId} pinned. */
    Set<Long> pinnedAmong(long accountId, Collection<Long> statusIds);
}
