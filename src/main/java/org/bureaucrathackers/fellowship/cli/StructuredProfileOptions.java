package org.bureaucrathackers.fellowship.cli;

import java.util.Arrays;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.FellowProfileRules;
import picocli.CommandLine.Option;

/**
 * The options of {@code fellow update} for the structured profile. An option not given leaves its part as it
 * is; an empty value ({@code --organisation ""}) clears it. Values are checked by the profile's own rules.
 */
final class StructuredProfileOptions {

    @Option(names = "--organisation", paramLabel = "NAME", description = "Where the fellow works (at most 200 characters)")
    String organisation;

    @Option(names = "--organisation-type", paramLabel = "TYPE",
            description = "government, ngo, international_organisation, academia, private_sector or independent_institution")
    String organisationType;

    @Option(names = "--role", paramLabel = "ROLE", description = "The fellow's role (at most 200 characters)")
    String role;

    @Option(names = "--country", paramLabel = "CODE", description = "ISO 3166-1 alpha-2 country code, e.g. UA")
    String country;

    @Option(names = "--government-level", paramLabel = "LEVEL", description = "national, regional, local or other")
    String governmentLevel;

    @Option(names = "--sector", paramLabel = "SECTOR", description = "A lower-case word such as health or public-finance")
    String sector;

    @Option(names = "--themes", paramLabel = "TAG,TAG", description = "Hashtags the fellow works on, comma separated "
            + "(at most 10); replaces the themes")
    String themes;

    @Option(names = "--aims", paramLabel = "TEXT",
            description = "What the fellow is trying to achieve next (at most 1000 characters)")
    String aims;

    FellowProfileChanges changes() {
        FellowProfileChanges changes = new FellowProfileChanges();
        new GivenOptions<String>()
                .put(FellowProfileRules.ORGANISATION, organisation)
                .put(FellowProfileRules.ORGANISATION_TYPE, organisationType)
                .put(FellowProfileRules.ROLE, role)
                .put(FellowProfileRules.COUNTRY, country)
                .put(FellowProfileRules.GOVERNMENT_LEVEL, governmentLevel)
                .put(FellowProfileRules.SECTOR, sector)
                .put(FellowProfileRules.AIMS, aims)
                .values().forEach(changes::set);
        if (themes != null) {
            List<String> tags = Arrays.stream(themes.split(",", -1)).map(String::strip).filter(t -> !t.isEmpty())
                    .toList();
            changes.themes(tags);
        }
        return changes;
    }
}
