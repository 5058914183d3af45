package org.bureaucrathackers.fellowship.web.explore;

import java.util.Locale;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.GovernmentLevel;
import org.bureaucrathackers.fellowship.directory.Facet;
import org.bureaucrathackers.fellowship.practice.Vocabulary;
import org.bureaucrathackers.fellowship.web.Texts;

/**
 * How the directory's facets and their values read in the page's language: countries by their names in that
 * language, levels of government and practice stages from the bundles (they are closed word lists); sectors,
 * themes and organisations as the fellows wrote them.
 */
final class FacetLabels {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FacetLabels() {
    }

    static String facet(Texts texts, Facet facet) {
        return texts.text("directory.facet." + facet.parameter());
    }

    static String value(Texts texts, Facet facet, String value) {
        return switch (facet) {
            case COUNTRY -> COUNTRIES.contains(value)
                    ? new Locale("", value).getDisplayCountry(texts.locale()) : value;
            case GOVERNMENT_LEVEL -> GovernmentLevel.parse(value)
                    .map(level -> texts.text("directory.level." + level.word())).orElse(value);
            case STAGE -> Vocabulary.STAGES.contains(value) ? texts.text("directory.stage." + value) : value;
            case THEME -> "#" + value;
            case ORGANISATION, SECTOR -> value;
        };
    }
}
