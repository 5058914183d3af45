package org.bureaucrathackers.fellowship.reading;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A fellow's list of accounts they follow, read as a timeline of its own. {@code exclusive}: the members' posts
 * stay out of the home timeline.
 */
public record AccountList(long id, long accountId, String title, RepliesPolicy repliesPolicy, boolean exclusive,
                          Instant createdAt) {

    /** Which replies by members the list shows, besides replies to the owner and members' own threads. */
    public enum RepliesPolicy {
        /** Replies to anyone the owner follows. */
        FOLLOWED,
        /** Replies to other members of the list. */
        LIST,
        /** No other replies. */
        NONE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<RepliesPolicy> fromKey(String key) {
            for (RepliesPolicy policy : values()) {
                if (policy.key().equals(key)) {
                    return Optional.of(policy);
                }
            }
            return Optional.empty();
        }
    }

    public AccountList with(String newTitle, RepliesPolicy newPolicy, boolean newExclusive) {
        return new AccountList(id, accountId, newTitle, newPolicy, newExclusive, createdAt);
    }
}
