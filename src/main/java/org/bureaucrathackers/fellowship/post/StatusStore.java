package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.store.PageRequest;
import org.bureaucrathackers.fellowship.store.Slice;

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
}
