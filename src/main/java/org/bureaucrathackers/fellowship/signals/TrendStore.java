package org.bureaucrathackers.fellowship.signals;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Counts behind the trends. Only public statuses count (not boosts, not deleted ones, not by deleted accounts),
 * by the time they were posted.
 */
public interface TrendStore {

    /**
     * Hashtags used at or after {@code since}, by how many distinct accounts used them, then by uses, then by
     * name; {@code offset} and {@code limit} page through that ranking.
     */
    List<TagUse> topTags(Instant since, int offset, int limit);

    /** The use of each of {@code names} at or after {@code from} and before {@code to}; unused names are left out. */
    Map<String, TagUse> uses(Collection<String> names, Instant from, Instant to);

    /**
     * Ids of statuses posted at or after {@code since} with at least one favourite or boost, by favourites plus
     * boosts, then newest first; {@code offset} and {@code limit} page through that ranking.
     */
    List<Long> topStatusIds(Instant since, int offset, int limit);
}
