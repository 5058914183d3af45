package org.bureaucrathackers.fellowship.follow;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a follower asked for when following (Mastodon's follow parameters): the followed account's boosts in
 * the home timeline, a notification for each of its posts, and only its posts in {@code languages} (empty:
 * all languages).
 */
public record FollowOptions(boolean showReblogs, boolean notifyOnPosts, List<String> languages) {

    public static final FollowOptions DEFAULT = new FollowOptions(true, false, List.of());
    public static final int MAX_LANGUAGES = 20;
    private static final Pattern LANGUAGE = Pattern.compile("^[a-z]{2,3}$");

    public FollowOptions {
        languages = languages.stream().map(l -> l.strip().toLowerCase(Locale.ROOT)).distinct().toList();
        if (languages.size() > MAX_LANGUAGES) {
            throw new InvalidFollowException("at most " + MAX_LANGUAGES + " languages can be followed");
        }
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new InvalidFollowException("'" + abbreviate(language)
                        + "' is not an ISO 639 language code such as en or fr");
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
