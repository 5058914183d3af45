package org.bureaucrathackers.fellowship.web.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is wrong with a submitted form, field by field in the order the form shows them: the id of the control
 * each message belongs to, so the summary links to it and the control points at its message.
 */
public final class FormErrors {

    /** A message and the id of the control it is about. */
    public record FieldError(String field, String message) {
    }

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Keeps the first message of a field: the one to fix first. */
    public void add(String field, String message) {
        byField.putIfAbsent(field, message);
    }

    /** Adds {@code other}'s messages after these (the fields it covers come later in the form). */
    public void addAll(FormErrors other) {
        other.byField.forEach(this::add);
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message of {@code field}, or null. */
    public String of(String field) {
        return byField.get(field);
    }

    /** The id of the element holding {@code field}'s message, or null when it has none (for aria-describedby). */
    public String messageId(String field) {
        return has(field) ? field + "-error" : null;
    }

    /** "true" when {@code field} has a message, else null (for aria-invalid, left out when null). */
    public String invalid(String field) {
        return has(field) ? "true" : null;
    }

    public List<FieldError> all() {
        return byField.entrySet().stream().map(e -> new FieldError(e.getKey(), e.getValue())).toList();
    }
}
