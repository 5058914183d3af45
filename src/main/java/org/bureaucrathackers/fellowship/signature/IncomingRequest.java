package org.bureaucrathackers.fellowship.signature;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A received request as the verifier needs it: nothing normalised (S9).
 *
 * @param method          the method as received
 * @param rawPathAndQuery the request target as received, path plus "?query" when there is one, not decoded
 * @param headers         every header field line by name; looked up without regard to case
 * @param body            the raw body bytes (empty when there is none)
 */
public record IncomingRequest(String method, String rawPathAndQuery, Map<String, List<String>> headers, byte[] body) {

    public IncomingRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPathAndQuery, "rawPathAndQuery");
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, lines) -> {
            List<String> all = new ArrayList<>(byName.getOrDefault(name, List.of()));
            all.addAll(lines);
            byName.put(name, List.copyOf(all));
        });
        headers = Collections.unmodifiableMap(byName);
        body = body == null ? new byte[0] : body;
    }

    /** The field's value, several lines joined with ", ", or null when absent. */
    public String header(String name) {
        return FieldValues.join(headers.get(name));
    }

    /** The field's lines as received, empty when absent. */
    public List<String> headerLines(String name) {
        return headers.getOrDefault(name, List.of());
    }

    String path() {
        int question = rawPathAndQuery.indexOf('?');
        String path = question < 0 ? rawPathAndQuery : rawPathAndQuery.substring(0, question);
        return path.isEmpty() ? "/" : path;
    }

    String query() {
        int question = rawPathAndQuery.indexOf('?');
        return question < 0 ? null : rawPathAndQuery.substring(question + 1);
    }

    FieldValues fields() {
        return name -> header(name);
    }
}
