package org.bureaucrathackers.fellowship.post;

import java.util.List;

/**
 * The posts RSS and Atom feeds list: public ones only (never unlisted, followers-only or direct), no boosts,
 * nothing deleted, and nothing by a deleted or suspended account. Newest first, at most {@code limit}.
 */
public interface FeedStore {

    /** Public posts of {@code accountId}, replies to others left out (a thread of one's own stays). */
    List<Status> publicPostsOf(long accountId, int limit);

    /** Public posts with the hashtag {@code tag} (normalised), from this instance and the servers it knows. */
    List<Status> publicTagged(String tag, int limit);

    /**
     * Public posts the account {@code announcerId} boosted (a community's announces of its members' posts, from
     * here and elsewhere), the latest announced first.
     */
    List<Status> publicAnnouncedBy(long announcerId, int limit);
}
