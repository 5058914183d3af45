package org.bureaucrathackers.fellowship.practice;

import java.util.List;
import java.util.Locale;

/** What lists filter and search practices by, taken from a practice when it is stored. */
public record PracticeIndex(String title, String country, String governmentLevel, String organisationType,
                            String sector, String stage, String communityUri, String language, String searchText,
                            List<String> hackKinds, List<String> themes, List<String> adaptedFrom) {

    /** The longest search text kept; what is beyond it is not searched. */
    public static final int MAX_SEARCH_TEXT = 30_000;

    public PracticeIndex {
        hackKinds = List.copyOf(hackKinds);
        themes = List.copyOf(themes);
        adaptedFrom = List.copyOf(adaptedFrom);
    }

    public static PracticeIndex of(Practice practice) {
        PracticeContent c = practice.content();
        StringBuilder search = new StringBuilder();
        for (String part : new String[] {c.title(), c.summary(), c.problem(), c.whatChanged(), String.join(" ", c.themes())}) {
            if (part != null) {
                search.append(part).append('\n');
            }
        }
        String text = search.toString().toLowerCase(Locale.ROOT);
        return new PracticeIndex(c.title(), c.country(), c.governmentLevel(), c.organisationType(), c.sector(),
                c.stage(), practice.communityUri(), c.language(),
                text.length() > MAX_SEARCH_TEXT ? text.substring(0, MAX_SEARCH_TEXT) : text,
                c.hackKinds(), c.themes(), c.adaptedFrom());
    }
}
