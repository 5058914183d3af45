package org.bureaucrathackers.fellowship.post;

import java.util.List;

/** The hashtags fellows feature on their profiles. */
public interface FeaturedTagStore {

    void insert(FeaturedTag tag);

    /** Featured tags of {@code accountId}, oldest first (the order the fellow added them). */
    List<FeaturedTag> byAccount(long accountId, int limit);
}
