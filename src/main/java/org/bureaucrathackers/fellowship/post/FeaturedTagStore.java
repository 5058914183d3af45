package org.bureaucrathackers.fellowship.post;

import java.util.List;

/** The hashtags fellows feature on their profiles. */
public interface FeaturedTagStore {

    void insert(FeaturedTag tag);

    /** Featured tags of {@code accountId}, oldest first (the order the fellow added them). */
    List<FeaturedTag> byAccount(long accountId, int limit);

    /** How often {@code accountId} used the hashtag {@code name} in public and unlisted statuses, and when last. */
    TagUse use(long accountId, String name);

    /** A count of statuses and the time of the newest (null when there is none). */
    record TagUse(long statuses, java.time.Instant lastAt) {
    }
}
