package org.bureaucrathackers.fellowship.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportResponse;

/** A plain JDK-client transport for tests; the real one (with its SSRF guard) is not what these tests are about. */
final class LoopbackTransport implements HttpTransport {

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> SET_BY_CLIENT = Set.of("host", "content-length", "connection", "expect",
            "upgrade");
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public TransportResponse send(String method, URI target, Map<String, String> headers, byte[] body,
                                  Duration timeout) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!SET_BY_CLIENT.contains(name.toLowerCase(Locale.ROOT))) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> lowerCased = new HashMap<>();
            response.headers().map().forEach((name, values) -> lowerCased.put(name.toLowerCase(Locale.ROOT), values));
            return new TransportResponse(response.statusCode(), lowerCased, response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
