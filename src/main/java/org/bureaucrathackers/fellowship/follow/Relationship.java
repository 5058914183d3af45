package org.bureaucrathackers.fellowship.follow;

import java.util.List;

/**
 * How one account stands towards another, from the first one's side: its follow or request and what it asked
 * for with it, the other's follow or request back, blocks both ways and its mute.
 */
public record Relationship(long targetId, boolean following, boolean requested, boolean showingReblogs,
                           boolean notifying, List<String> languages, boolean followedBy, boolean requestedBy,
                           boolean blocking, boolean blockedBy, boolean muting, boolean mutingNotifications) {

    public Relationship {
        languages = languages == null ? null : List.copyOf(languages);
    }
}
