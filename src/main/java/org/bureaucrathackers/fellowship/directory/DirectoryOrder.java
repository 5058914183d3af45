package org.bureaucrathackers.fellowship.directory;

import java.util.Locale;
import java.util.Optional;

/** How the profile directory is sorted: most recently posting first, or newest account first. */
public enum DirectoryOrder {
    ACTIVE, NEW;

    public static Optional<DirectoryOrder> parse(String word) {
        return switch (word == null ? "" : word.strip().toLowerCase(Locale.ROOT)) {
            case "active" -> Optional.of(ACTIVE);
            case "new" -> Optional.of(NEW);
            default -> Optional.empty();
        };
    }
}
