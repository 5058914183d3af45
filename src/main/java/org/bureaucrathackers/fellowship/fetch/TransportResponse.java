package org.bureaucrathackers.fellowship.fetch;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A response as received: status, headers (names lower-cased) and the body, already capped in size. */
public record TransportResponse(int status, Map<String, List<String>> headers, byte[] body) {

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
