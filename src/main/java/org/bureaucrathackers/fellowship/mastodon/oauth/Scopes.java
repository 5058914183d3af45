package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** OAuth scopes as Mastodon defines them: read, write, follow, push, admin:*, and their granular forms. */
public final class Scopes {

    public static final String DEFAULT = "read";
    private static final int MAX_TEXT_LENGTH = 4_096;
    private static final List<String> TOP = List.of("read", "write", "follow", "push", "profile");
    private static final List<String> RESOURCES = List.of("accounts", "blocks", "bookmarks", "conversations",
            "favourites", "filters", "follows", "lists", "media", "mutes", "notifications", "reports", "search",
            "statuses");
    private static final List<String> ADMIN_RESOURCES = List.of("accounts", "reports", "domain_allows",
            "domain_blocks", "ip_blocks", "email_domain_blocks", "canonical_email_blocks");
    private static final List<String> SUPPORTED = supportedScopes();
    private static final Set<String> KNOWN = Set.copyOf(SUPPORTED);

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

    /** Whether {@code granted} covers every scope of {@code requested}. */
    public static boolean coversAll(Set<String> granted, Set<String> requested) {
        return requested.stream().allMatch(scope -> covers(granted, scope));
    }

    /**
     * Parses a space- (or plus-) separated scope list in its order, rejecting unknown scopes with a message
     * naming them. Blank means {@link #DEFAULT}.
     */
    public static Set<String> parse(String text) {
        Set<String> scopes = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            scopes.add(DEFAULT);
            return scopes;
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("the scope list is longer than " + MAX_TEXT_LENGTH + " characters");
        }
        for (String scope : text.trim().split("[\\s+]+")) {
            if (!KNOWN.contains(scope)) {
                throw new IllegalArgumentException("unknown scope '" + abbreviate(scope)
                        + "' (use read, write, follow, push, or a granular scope such as read:statuses)");
            }
            scopes.add(scope);
        }
        return scopes;
    }

    /** Every scope this server knows, top-level first, as the OAuth metadata lists them. */
    public static List<String> supported() {
        return SUPPORTED;
    }

    private static List<String> supportedScopes() {
        List<String> all = new ArrayList<>(TOP);
        for (String access : List.of("read", "write")) {
            RESOURCES.forEach(resource -> all.add(access + ":" + resource));
        }
        for (String access : List.of("read", "write")) {
            all.add("admin:" + access);
            ADMIN_RESOURCES.forEach(resource -> all.add("admin:" + access + ":" + resource));
        }
        return List.copyOf(all);
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }
}
