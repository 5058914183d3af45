package org.bureaucrathackers.fellowship.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.bureaucrathackers.fellowship.vocab.PropertyValue;
import org.bureaucrathackers.fellowship.vocab.RemoteFellowProfile;

/**
 * The structured profile of a remote Fellowship actor, rebuilt field by field under the rules local profiles
 * follow: a value that breaks them is dropped, never the actor.
 */
final class RemoteFellowProfiles {

    private RemoteFellowProfiles() {
    }

    static FellowProfile of(RemoteFellowProfile remote) {
        List<String> themes = new ArrayList<>();
        for (String theme : remote.themes()) {
            String kept = lenient(FellowProfileRules::theme, theme);
            if (kept != null && !themes.contains(kept) && themes.size() < FellowProfileRules.MAX_THEMES) {
                themes.add(kept);
            }
        }
        return new FellowProfile(
                lenient(FellowProfileRules::organisation, remote.organisation()),
                lenient(FellowProfileRules::organisationType, remote.organisationType()),
                lenient(FellowProfileRules::role, remote.role()),
                lenient(FellowProfileRules::country, remote.country()),
                lenient(FellowProfileRules::governmentLevel, remote.governmentLevel()),
                lenient(FellowProfileRules::sector, remote.sector()),
                themes,
                lenient(FellowProfileRules::aims, remote.aims()));
    }

    /**
     * The actor's fields without the rows its server made from the profile: those are shown from the profile,
     * as local fellows' are, and would otherwise appear twice.
     */
    static List<PropertyValue> ownFields(List<PropertyValue> fields, FellowProfile profile) {
        if (profile.isEmpty()) {
            return fields;
        }
        return fields.stream().filter(f -> !FellowProfileRows.isRowOf(profile, f.name(), f.value())).toList();
    }

    private static <T> T lenient(Function<String, T> rule, String value) {
        try {
            return rule.apply(value);
        } catch (InvalidProfileFieldException e) {
            return null;
        }
    }
}
