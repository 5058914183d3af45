package org.bureaucrathackers.fellowship.actor;

import java.util.Optional;

/** The kinds of organisation OECD OPSI classifies public-sector innovation by; {@link #word()} is how it is written. */
public enum OrganisationType {
    GOVERNMENT("Government"),
    NGO("NGO"),
    INTERNATIONAL_ORGANISATION("International organisation"),
    ACADEMIA("Academia"),
    PRIVATE_SECTOR("Private sector"),
    INDEPENDENT_INSTITUTION("Independent institution");

    private final String label;

    OrganisationType(String label) {
        this.label = label;
    }

    /** The word of the API, the command line and the actor document, e.g. {@code international_organisation}. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** How people read it, e.g. on a profile field. */
    public String label() {
        return label;
    }

    public static Optional<OrganisationType> parse(String word) {
        for (OrganisationType type : values()) {
            if (type.word().equals(word)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    public static String words() {
        return "government, ngo, international_organisation, academia, private_sector or independent_institution";
    }
}
