package org.bureaucrathackers.fellowship.fetch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * One outgoing HTTP exchange, with no redirects followed. Implementations enforce the SSRF guard, the size
 * cap and the timeouts; callers handle redirects, signing and retries.
 */
public interface HttpTransport {

    TransportResponse send(String method, URI target, Map<String, String> headers, byte[] body, Duration timeout)
            throws IOException;
}
