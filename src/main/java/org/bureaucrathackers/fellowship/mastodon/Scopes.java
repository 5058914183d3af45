package org.bureaucrathackers.fellowship.mastodon;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/** OAuth scopes as Mastodon defines them: read, write, follow, push, admin:*, and their granular forms. */
public final class Scopes {

    public static final String DEFAULT = "read";
    private static final Set<String> TOP = Set.of("read", "write", "follow", "push", "profile");
    private static final Pattern GRANULAR = Pattern.compile(
            "^(read|write):(accounts|blocks|bookmarks|conversations|favourites|filters|follows|lists|media|mutes|notifications|reports|search|statuses)$"
                    + "|^admin:(read|write)(:(accounts|reports|domain_allows|domain_blocks|ip_blocks|email_domain_blocks|canonical_email_blocks))?$");

    private Scopes() {
    }

    /** Parses a space-separated scope list, rejecting unknown scopes with a message naming them. */
    public static Set<String> parse(String text) {
        Set<String> scopes = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            scopes.add(DEFAULT);
            return scopes;
        }
        for (String scope : text.trim().split("[\\s+]+")) {
            if (!TOP.contains(scope) && !GRANULAR.matcher(scope).matches()) {
                throw new IllegalArgumentException("unknown scope '" + scope
                        + "' (use read, write, follow, push, or a granular scope such as read:statuses)");
            }
            scopes.add(scope);
        }
        return scopes;
    }
}
