package org.bureaucrathackers.fellowship.directory;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the fellows' directory is narrowed to: at most one value per {@link Facet} (as stored: country in upper
 * case, the others in lower case except the organisation, which is compared ignoring case) and {@code words},
 * each of which must appear in a fellow's names, bio or profile (lower case; empty: no text search).
 */
public record DirectoryFilter(Map<Facet, String> values, List<String> words) {

    public static final DirectoryFilter NONE = new DirectoryFilter(Map.of(), List.of());

    public DirectoryFilter {
        values = values.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(values));
        words = List.copyOf(words);
    }

    public String value(Facet facet) {
        return values.get(facet);
    }

    /** The same filter without {@code facet}: what that facet's counts are computed over. */
    public DirectoryFilter without(Facet facet) {
        Map<Facet, String> rest = new EnumMap<>(Facet.class);
        rest.putAll(values);
        rest.remove(facet);
        return new DirectoryFilter(rest, words);
    }
}
