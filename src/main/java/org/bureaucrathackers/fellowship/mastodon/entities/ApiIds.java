package org.bureaucrathackers.fellowship.mastodon.entities;

import java.util.Optional;

/** Entity ids on the API: decimal strings of our time-sortable 64-bit ids. */
public final class ApiIds {

    private ApiIds() {
    }

    public static String format(long id) {
        return Long.toString(id);
    }

    /** The id a client sent, if it is one (at most 19 digits, non-negative). */
    public static Optional<Long> parse(String text) {
        if (text == null || text.isEmpty() || text.length() > 19) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
