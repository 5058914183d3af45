package org.bureaucrathackers.fellowship.signature;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared fixtures for verifier tests: one remote actor with RSA and Ed25519 keys, a fixed clock, request builders. */
final class SignedRequests {

    static final URI PUBLIC_URL = URI.create("https://ministry.example");
    static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    static final String ACTOR = "https://remote.example/users/alice";
    static final String RSA_KEY_ID = ACTOR + "#main-key";
    static final String ED25519_KEY_ID = ACTOR + "#ed25519-key";
    static final KeyPair RSA = KeyMaterial.generateRsa();
    static final KeyPair OTHER_RSA = KeyMaterial.generateRsa();
    static final KeyPair ED25519 = KeyMaterial.generateEd25519();

    static final String INBOX = "/users/bob/inbox";
    static final byte[] BODY = "{\"type\":\"Follow\",\"actor\":\"https://remote.example/users/alice\"}"
            .getBytes(StandardCharsets.UTF_8);

    private SignedRequests() {
    }

    static SigningKey rsaKey() {
        return new SigningKey(RSA_KEY_ID, RSA.getPrivate());
    }

    static SigningKey ed25519Key() {
        return new SigningKey(ED25519_KEY_ID, ED25519.getPrivate());
    }

    static InMemoryKeyResolver resolver() {
        return new InMemoryKeyResolver()
                .add(RSA_KEY_ID, ACTOR, RSA.getPublic())
                .add(ED25519_KEY_ID, ACTOR, ED25519.getPublic());
    }

    static SignatureVerifier verifier(KeyResolver resolver) {
        return new SignatureVerifier(CLOCK, resolver, PUBLIC_URL);
    }

    /** Headers a peer would send to our inbox before signing: Host, Date, Content-Type, Digest. */
    static Map<String, String> postHeaders(Instant date) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "ministry.example");
        headers.put("Date", HttpDates.format(date));
        headers.put("Content-Type", "application/activity+json");
        headers.put("Digest", Digests.digestHeader(BODY));
        return headers;
    }

    /** Signs a POST to the inbox the draft-cavage way with the given header list, and returns it as received. */
    static IncomingRequest cavagePost(SigningKey key, String algorithm, List<String> covered, String pathAndQuery,
                                      Map<String, String> headers, byte[] body) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Signature", CavageSignatures.sign(key, algorithm, covered, "POST", pathAndQuery, headers, null, null));
        return received("POST", pathAndQuery, all, body);
    }

    /** Signs with {@link HttpSignatures}, as our own delivery would, and returns the request as received. */
    static IncomingRequest ours(SignatureScheme scheme, String method, String pathAndQuery, byte[] body,
                                SigningKey key, Instant now) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", "application/activity+json");
        } else {
            headers.put("Accept", "application/activity+json");
        }
        headers.putAll(new HttpSignatures().sign(scheme, method, PUBLIC_URL.resolve(pathAndQuery), headers, body,
                key, now));
        return received(method, pathAndQuery, headers, body);
    }

    static IncomingRequest received(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        headers.forEach((name, value) -> lines.put(name, List.of(value)));
        return new IncomingRequest(method, pathAndQuery, lines, body);
    }

    /** The same request with one header replaced (or added). */
    static IncomingRequest withHeader(IncomingRequest request, String name, String value) {
        Map<String, List<String>> lines = new LinkedHashMap<>(request.headers());
        lines.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
        lines.put(name, List.of(value));
        return new IncomingRequest(request.method(), request.rawPathAndQuery(), lines, request.body());
    }

    static IncomingRequest withBody(IncomingRequest request, byte[] body) {
        return new IncomingRequest(request.method(), request.rawPathAndQuery(), request.headers(), body);
    }

    static IncomingRequest withTarget(IncomingRequest request, String pathAndQuery) {
        return new IncomingRequest(request.method(), pathAndQuery, request.headers(), request.body());
    }
}
