package org.bureaucrathackers.fellowship.reading;

import java.util.List;

/**
 * What a client asks of a filter, as read from the request. For a new filter, {@code title} and
 * {@code contexts} are required; for a change, null fields stay as they are. {@code expiry} distinguishes
 * "not given" from "never expires".
 *
 * @param contexts    context names (home, notifications, public, thread, account), or null
 * @param action      warn or hide, or null
 * @param expiry      whether and how the expiry changes
 * @param keywords    keywords to add (no id), change or remove (with an id)
 */
public record FilterChange(String title, List<String> contexts, String action, Expiry expiry,
                           List<KeywordChange> keywords) {

    public FilterChange {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        expiry = expiry == null ? Expiry.UNCHANGED : expiry;
    }

    /** A new expiry: unchanged, never, or in {@code seconds} from now. */
    public record Expiry(boolean given, Long seconds) {
        public static final Expiry UNCHANGED = new Expiry(false, null);
        public static final Expiry NEVER = new Expiry(true, null);

        public static Expiry in(long seconds) {
            return new Expiry(true, seconds);
        }
    }

    /**
     * One keyword: without {@code id} a new one; with {@code id} a change of that keyword, or its removal when
     * {@code destroy}. {@code keyword} and {@code wholeWord} may be null in a change (unchanged).
     */
    public record KeywordChange(Long id, String keyword, Boolean wholeWord, boolean destroy) {
    }
}
