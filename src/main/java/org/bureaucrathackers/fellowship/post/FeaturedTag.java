package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.regex.Pattern;

/** A hashtag a fellow features on their profile; {@code name} is without the leading '#'. */
public record FeaturedTag(long id, long accountId, String name, Instant createdAt) {

    public static final int MAX_NAME_LENGTH = 100;
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{N}_]+$");

    public FeaturedTag {
        if (name == null || name.length() > MAX_NAME_LENGTH || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a hashtag name is 1 to " + MAX_NAME_LENGTH
                    + " letters, digits or '_'");
        }
    }
}
