package org.bureaucrathackers.fellowship.signature;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * Signs one outgoing HTTP request. Callers pass the headers they will send (at least Accept or Content-Type as
 * applicable) and get back the headers to add: Host, Date, Digest or Content-Digest, Signature (and
 * Signature-Input for RFC 9421). Every attempt is signed afresh (S5).
 */
public interface RequestSigning {

    /**
     * @param method  HTTP method, any case
     * @param target  the full request URI (its path and query form the request target)
     * @param headers headers the request will carry, by name (case-insensitive)
     * @param body    the exact body bytes for POST, or null for GET
     */
    Map<String, String> sign(SignatureScheme scheme, String method, URI target, Map<String, String> headers,
                             byte[] body, SigningKey key, Instant now);
}
