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

    /** What the deprecated {@code follow} scope stands for (Mastodon 3.5). */
    private static final Set<String> FOLLOW_GRANTS = Set.of("read:blocks", "write:blocks", "read:follows",
            "write:follows", "read:mutes", "write:mutes");

    /**
     * Whether {@code granted} covers {@code required}: the scope itself, its top-level scope ({@code read}
     * covers {@code read:statuses}, {@code admin:read} covers {@code admin:read:accounts}), or the block,
     * follow and mute scopes that {@code follow} stands for.
     */
    public static boolean covers(Set<String> granted, String required) {
        if (granted.contains(required)) {
            return true;
        }
        int colon = required.lastIndexOf(':');
        if (colon > 0 && covers(granted, required.substring(0, colon))) {
            return true;
        }
        return granted.contains("follow") && FOLLOW_GRANTS.contains(required);
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
