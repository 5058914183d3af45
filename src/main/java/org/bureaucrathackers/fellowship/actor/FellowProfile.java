package org.bureaucrathackers.fellowship.actor;

import java.util.List;

/**
 * The structured part of a fellow's profile: where they work ({@code organisation}, its type, their
 * {@code role}, the {@code country} as ISO 3166-1 alpha-2, the level of government and the {@code sector}), the
 * {@code themes} they work on (hashtag names, lower case, no '#') and their {@code aims}: what they are trying
 * to achieve next. Every part may be null (themes: empty). Values are as {@link FellowProfiles} checked them.
 */
public record FellowProfile(String organisation, OrganisationType organisationType, String role, String country,
                            GovernmentLevel governmentLevel, String sector, List<String> themes, String aims) {

    public static final FellowProfile EMPTY = new FellowProfile(null, null, null, null, null, null, List.of(), null);

    public FellowProfile {
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
