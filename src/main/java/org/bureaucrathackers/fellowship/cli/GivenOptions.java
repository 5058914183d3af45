package org.bureaucrathackers.fellowship.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The options a command was given, by key, in the order named: an option not given is left out, so whatever it
 * would set stays as it was.
 */
final class GivenOptions<K> {

    private final Map<K, String> given = new LinkedHashMap<>();

    /** Keeps {@code value} under {@code key} when the option was given (an empty value counts: it clears). */
    GivenOptions<K> put(K key, String value) {
        if (value != null) {
            given.put(key, value);
        }
        return this;
    }

    Map<K, String> values() {
        return given;
    }
}
