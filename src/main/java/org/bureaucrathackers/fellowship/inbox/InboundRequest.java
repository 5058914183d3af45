package org.bureaucrathackers.fellowship.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An inbox POST as received: headers keyed by lower-case name, and the raw body bytes (read once). */
public record InboundRequest(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body) {

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
