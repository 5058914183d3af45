package org.bureaucrathackers.fellowship.actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A partial change of the structured profile: a field not mentioned stays as it is; one set to null (or blank,
 * or an empty list of themes) is cleared. Field names are those of {@link FellowProfileRules#FIELDS}.
 */
public final class FellowProfileChanges {

    public static final FellowProfileChanges NONE = new FellowProfileChanges();

    private final Map<String, String> texts = new HashMap<>();
    private List<String> themes;
    private boolean themesChanged;

    /** Sets a text field (every field but themes); null clears it. */
    public FellowProfileChanges set(String field, String value) {
        if (!FellowProfileRules.FIELDS.contains(field) || FellowProfileRules.THEMES.equals(field)) {
            throw new IllegalArgumentException("not a text field of the profile: " + field);
        }
        requireChangeable();
        texts.put(field, value);
        return this;
    }

    /** Replaces the themes; null or an empty list clears them. */
    public FellowProfileChanges themes(List<String> values) {
        requireChangeable();
        this.themes = values == null ? null : new ArrayList<>(values);
        this.themesChanged = true;
        return this;
    }

    public boolean isEmpty() {
        return texts.isEmpty() && !themesChanged;
    }

    /** The profile with these changes, every changed value checked; the first that breaks a rule is thrown. */
    public FellowProfile applyTo(FellowProfile current) {
        return new FellowProfile(
                text(FellowProfileRules.ORGANISATION) ? FellowProfileRules.organisation(value(FellowProfileRules.ORGANISATION))
                        : current.organisation(),
                text(FellowProfileRules.ORGANISATION_TYPE)
                        ? FellowProfileRules.organisationType(value(FellowProfileRules.ORGANISATION_TYPE))
                        : current.organisationType(),
                text(FellowProfileRules.ROLE) ? FellowProfileRules.role(value(FellowProfileRules.ROLE)) : current.role(),
                text(FellowProfileRules.COUNTRY) ? FellowProfileRules.country(value(FellowProfileRules.COUNTRY))
                        : current.country(),
                text(FellowProfileRules.GOVERNMENT_LEVEL)
                        ? FellowProfileRules.governmentLevel(value(FellowProfileRules.GOVERNMENT_LEVEL))
                        : current.governmentLevel(),
                text(FellowProfileRules.SECTOR) ? FellowProfileRules.sector(value(FellowProfileRules.SECTOR))
                        : current.sector(),
                themesChanged ? FellowProfileRules.themes(themes) : current.themes(),
                text(FellowProfileRules.AIMS) ? FellowProfileRules.aims(value(FellowProfileRules.AIMS)) : current.aims());
    }

    private boolean text(String field) {
        return texts.containsKey(field);
    }

    private String value(String field) {
        return texts.get(field);
    }

    private void requireChangeable() {
        if (this == NONE) {
            throw new IllegalStateException("NONE is not to be changed");
        }
    }
}
