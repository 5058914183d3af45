package org.bureaucrathackers.fellowship.reading;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A fellow's keyword filter (Mastodon's v2 filter): where it applies, what a match does, until when, and the
 * keywords it matches. {@code expiresAt} null means it never expires.
 */
public record ContentFilter(long id, long accountId, String title, Set<Context> contexts, Action action,
                            Instant expiresAt, Instant createdAt, List<Keyword> keywords) {

    public ContentFilter {
        contexts = Set.copyOf(contexts);
        keywords = List.copyOf(keywords);
    }

    /** The contexts in Mastodon's order: home, notifications, public, thread, account. */
    public List<Context> orderedContexts() {
        return contexts.stream().sorted().toList();
    }

    /** A keyword; {@code wholeWord}: match only at word boundaries. */
    public record Keyword(long id, String keyword, boolean wholeWord) {
    }

    /** Where a filter applies. */
    public enum Context {
        HOME, NOTIFICATIONS, PUBLIC, THREAD, ACCOUNT;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Context> fromKey(String key) {
            for (Context context : values()) {
                if (context.key().equals(key)) {
                    return Optional.of(context);
                }
            }
            return Optional.empty();
        }
    }

    /** What a match does: show the status behind a warning, or hide it. */
    public enum Action {
        WARN, HIDE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Action> fromKey(String key) {
            for (Action action : values()) {
                if (action.key().equals(key)) {
                    return Optional.of(action);
                }
            }
            return Optional.empty();
        }
    }
}
