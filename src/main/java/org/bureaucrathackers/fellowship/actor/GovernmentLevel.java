package org.bureaucrathackers.fellowship.actor;

import java.util.Locale;
import java.util.Optional;

/** The levels of government OECD OPSI classifies by: national (federal), regional (state), local, other. */
public enum GovernmentLevel {
    NATIONAL("National"), REGIONAL("Regional"), LOCAL("Local"), OTHER("Other");

    private final String label;

    GovernmentLevel(String label) {
        this.label = label;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public static Optional<GovernmentLevel> parse(String word) {
        for (GovernmentLevel level : values()) {
            if (level.word().equals(word)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    public static String words() {
        return "national, regional, local or other";
    }
}
