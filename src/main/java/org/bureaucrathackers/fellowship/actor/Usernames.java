package org.bureaucrathackers.fellowship.actor;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules for local usernames (federation rule D5, with Mastodon's 30-character local limit). */
public final class Usernames {

    public static final int MAX_LENGTH = 30;
    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9_]+([.-]+[a-z0-9_]+)*$", Pattern.CASE_INSENSITIVE);
    private static final Set<String> RESERVED = Set.of(
            "actor", "admin", "administrator", "root", "inbox", "outbox", "users", "api", "oauth", "nodeinfo",
            "well-known", "instance", "system", "support", "postmaster", "webmaster", "abuse", "security",
            "fellowship", "settings", "about", "tags", "public");

    private Usernames() {
    }

    /** Null when {@code username} is acceptable, otherwise a sentence saying why not. */
    public static String problemWith(String username, String instanceDomain) {
        if (username == null || username.isEmpty()) {
            return "a username is required";
        }
        if (username.length() > MAX_LENGTH) {
            return "username '" + abbreviate(username) + "' is longer than " + MAX_LENGTH + " characters";
        }
        if (!SHAPE.matcher(username).matches()) {
            return "username '" + username + "' may contain only letters a-z, digits, '_', and '.' or '-' between them";
        }
        String key = key(username);
        if (key.endsWith(".rss") || key.endsWith(".atom")) {
            // /@NAME.rss and /@NAME.atom are feeds; a fellow so named would have a profile no one could reach.
            return "username '" + username + "' may not end in .rss or .atom";
        }
        if (RESERVED.contains(key) || key.equals(instanceDomain.toLowerCase(Locale.ROOT).replaceFirst(":\\d+$", ""))) {
            return "username '" + username + "' is reserved";
        }
        return null;
    }

    /** The case-insensitive form used for uniqueness and lookups. */
    public static String key(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
