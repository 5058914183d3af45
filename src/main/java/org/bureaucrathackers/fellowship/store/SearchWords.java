package org.bureaucrathackers.fellowship.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How text is cut into the words full-text search indexes and looks up: runs of letters and digits, lower-cased,
 * cut at {@link #MAX_LENGTH} characters. Accents are kept: "año" and "ano" are different words. A query word
 * matches every indexed word it begins ("permit" finds "permits").
 */
final class SearchWords {

    /** Longer words are indexed by their first 40 characters, and looked up by them. */
    static final int MAX_LENGTH = 40;
    /** At most this many different words of one text are indexed (search text is bounded, so is this). */
    static final int MAX_PER_TEXT = 5_000;
    /** At most this many words of a query are looked up; the rest are ignored. */
    static final int MAX_PER_QUERY = 8;

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchWords() {
    }

    /** The distinct words of a text, in the order they first occur. */
    static Set<String> of(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word);
                if (words.size() == MAX_PER_TEXT) {
                    break;
                }
            }
        }
        return words;
    }

    /** The words of a query, each to be matched as a prefix; none when it holds no letter or digit. */
    static List<String> ofQuery(String query) {
        List<String> words = new ArrayList<>(of(query));
        return words.size() > MAX_PER_QUERY ? words.subList(0, MAX_PER_QUERY) : words;
    }

    /**
     * The smallest string greater than every string beginning with the prefix: the prefix with its last
     * character raised by one. With LIKE beside it this lets a B-tree index answer a prefix lookup on H2 and on
     * PostgreSQL, whatever the column's collation.
     */
    static String after(String prefix) {
        int last = prefix.codePointBefore(prefix.length());
        return prefix.substring(0, prefix.length() - Character.charCount(last)) + Character.toString(last + 1);
    }
}
