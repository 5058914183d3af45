package org.bureaucrathackers.fellowship.post;

import java.util.List;

/**
 * Which public statuses a public or hashtag timeline shows. Tag names are normalised ({@link Hashtags}):
 * a status shows when it has any of {@code anyTags} (if given), all of {@code allTags} and none of
 * {@code noneTags}. Boosts never show; replies to others only when {@code withReplies}.
 */
public record PublicTimeline(Origin origin, boolean onlyMedia, boolean withReplies, List<String> anyTags,
                             List<String> allTags, List<String> noneTags) {

    /** Statuses of every account, of this instance's fellows only, or of other servers' accounts only. */
    public enum Origin {
        ALL, LOCAL, REMOTE
    }

    public PublicTimeline {
        anyTags = List.copyOf(anyTags);
        allTags = List.copyOf(allTags);
        noneTags = List.copyOf(noneTags);
    }

    /** The public timeline: no hashtag conditions, no replies to others (as Mastodon's). */
    public static PublicTimeline of(Origin origin, boolean onlyMedia) {
        return new PublicTimeline(origin, onlyMedia, false, List.of(), List.of(), List.of());
    }
}
