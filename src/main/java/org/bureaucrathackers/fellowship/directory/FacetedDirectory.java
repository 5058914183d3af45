package org.bureaucrathackers.fellowship.directory;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfileRules;
import org.bureaucrathackers.fellowship.actor.InvalidProfileFieldException;

/**
 * The fellows' directory with facets: the discoverable fellows matching every filter, and for each facet how
 * many fellows have each of its values among those matching every OTHER filter (so choosing a country still
 * shows how many fellows the other countries have). Filter values follow the profile's own rules.
 */
public final class FacetedDirectory {

    /** Facets list their most frequent values only: enough to choose from, never the whole table. */
    public static final int MAX_FACET_VALUES = 50;
    public static final int MAX_QUERY = 200;
    public static final int MAX_WORDS = 8;
    private static final Pattern SLUG = Pattern.compile("^[a-z0-9]+(?:[-_][a-z0-9]+)*$");
    private static final int MAX_STAGE = 60;
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final FacetedDirectoryStore store;
    private final AccountLookup lookup;

    public FacetedDirectory(FacetedDirectoryStore store, AccountLookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    /** A page of fellows and the facet counts. */
    public record Page(List<Account> accounts, Map<Facet, Map<String, Long>> facets) {
    }

    /**
     * The filter these request values ask for; {@code values} holds the facets' parameters that were given
     * (by {@link Facet#parameter()}), {@code query} the free text (null when none).
     *
     * @throws InvalidDirectoryFilterException naming the first value that breaks its rule
     */
    public static DirectoryFilter filter(Map<String, String> values, String query) {
        Map<Facet, String> chosen = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            String raw = values.get(facet.parameter());
            if (raw != null && !raw.isBlank()) {
                chosen.put(facet, value(facet, raw));
            }
        }
        return new DirectoryFilter(chosen, words(query));
    }

    public Page list(DirectoryFilter filter, DirectoryOrder order, int offset, int limit) {
        List<Account> accounts = lookup.byIds(store.fellows(filter, order, offset, limit));
        Map<Facet, Map<String, Long>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            facets.put(facet, store.counts(facet, filter.without(facet), MAX_FACET_VALUES));
        }
        return new Page(accounts, facets);
    }

    private static String value(Facet facet, String raw) {
        try {
            return switch (facet) {
                case COUNTRY -> FellowProfileRules.country(raw);
                case GOVERNMENT_LEVEL -> FellowProfileRules.governmentLevel(raw).word();
                case ORGANISATION -> FellowProfileRules.organisation(raw);
                case SECTOR -> FellowProfileRules.sector(raw);
                case THEME -> FellowProfileRules.theme(raw);
                case STAGE -> stage(raw);
            };
        } catch (InvalidProfileFieldException e) {
            throw new InvalidDirectoryFilterException(facet.parameter(), e.problem());
        }
    }

    private static String stage(String raw) {
        String stage = raw.strip().toLowerCase(Locale.ROOT);
        if (stage.length() > MAX_STAGE || !SLUG.matcher(stage).matches()) {
            throw new InvalidDirectoryFilterException(Facet.STAGE.parameter(), "must be a lower-case word of "
                    + "letters a-z and digits, joined by - or _, at most " + MAX_STAGE + " characters");
        }
        return stage;
    }

    private static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        if (query.length() > MAX_QUERY) {
            throw new InvalidDirectoryFilterException("q", "at most " + MAX_QUERY + " characters");
        }
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).strip().split("\\s+")).distinct().toList();
        // Counted as the index cuts words, runs of letters and digits: "#permits," is one, "e-government" two.
        long indexWords = Arrays.stream(NOT_A_WORD.split(query.toLowerCase(Locale.ROOT)))
                .filter(word -> !word.isEmpty()).distinct().count();
        if (words.size() > MAX_WORDS || indexWords > MAX_WORDS) {
            throw new InvalidDirectoryFilterException("q", "at most " + MAX_WORDS + " words");
        }
        return words;
    }
}
