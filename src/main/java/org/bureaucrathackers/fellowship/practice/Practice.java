package org.bureaucrathackers.fellowship.practice;

import java.time.Instant;
import java.util.List;

/**
 * A stored practice record: the status that tells its story ({@code statusId}, by {@code accountId}), what its
 * authors wrote, and the actor IRIs its coauthors and community were resolved to ({@code communityUri} null when it
 * names none). {@code updatedAt} is when this version was written.
 */
public record Practice(long statusId, long accountId, PracticeContent content, List<String> coauthorUris,
                       String communityUri, Instant updatedAt) {

    public Practice {
        coauthorUris = List.copyOf(coauthorUris);
    }
}
