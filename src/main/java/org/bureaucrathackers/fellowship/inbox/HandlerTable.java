package org.bureaucrathackers.fellowship.inbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which handler runs for which (verb, object type). Registered in one visible place (App); "*" matches any
 * object type, including an object given only by its id.
 */
public final class HandlerTable {

    public static final String ANY = "*";
    private final Map<String, ActivityHandler> handlers = new LinkedHashMap<>();

    public HandlerTable on(String verb, String objectType, ActivityHandler handler) {
        handlers.put(key(verb, objectType), handler);
        return this;
    }

    public Optional<ActivityHandler> find(String verb, String objectType) {
        ActivityHandler exact = objectType == null ? null : handlers.get(key(verb, objectType));
        return Optional.ofNullable(exact != null ? exact : handlers.get(key(verb, ANY)));
    }

    public Map<String, ActivityHandler> entries() {
        return java.util.Collections.unmodifiableMap(handlers);
    }

    private static String key(String verb, String objectType) {
        return verb + "/" + objectType;
    }
}
