package org.bureaucrathackers.fellowship.fetch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.bureaucrathackers.fellowship.fetch.FetchException.Kind;
import org.bureaucrathackers.fellowship.uri.Authorities;

/**
 * Refuses, without sending anything, every request to a blocked host (X17). Fetches, WebFinger lookups and
 * deliveries all go through it, and so does every redirect hop, since each hop is a request of its own.
 */
public final class DomainBlockingTransport implements HttpTransport {

    private final HttpTransport next;
    private final BlockedHosts blocked;

    public DomainBlockingTransport(HttpTransport next, BlockedHosts blocked) {
        this.next = next;
        this.blocked = blocked;
    }

    @Override
    public TransportResponse send(String method, URI target, Map<String, String> headers, byte[] body,
                                  Duration timeout) throws IOException {
        String authority = Authorities.of(target);
        if (authority != null && blocked.isBlocked(authority)) {
            throw new FetchException(Kind.BLOCKED_DOMAIN, "the domain of " + target.getHost()
                    + " is blocked on this instance");
        }
        return next.send(method, target, headers, body, timeout);
    }
}
