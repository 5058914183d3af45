package org.bureaucrathackers.fellowship.testing;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.HttpSignatures;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/**
 * An actor of another server, played by a {@link TestPeer} on {@code 127.0.0.1} (which the instance under test
 * can resolve): its document with an RSA key is served at its id, and it signs requests the way Mastodon does.
 */
public final class SigningPeer {

    public static final String HOST = "127.0.0.1";

    private final TestPeer peer;
    private final String id;
    private final KeyPair keys;

    private SigningPeer(TestPeer peer, String id, KeyPair keys) {
        this.peer = peer;
        this.id = id;
        this.keys = keys;
    }

    /** Serves {@code /users/USERNAME} on the peer and returns the actor. */
    public static SigningPeer serve(TestPeer peer, String username) {
        return serveAt(peer, "/users/" + username, username);
    }

    /** Serves an actor called {@code username} at {@code path} on the peer, with an inbox below it. */
    public static SigningPeer serveAt(TestPeer peer, String path, String username) {
        String id = peer.origin(HOST) + path;
        SigningPeer actor = new SigningPeer(peer, id, KeyMaterial.generateRsa());
        peer.serveActivityJson(HOST, path, actor.document(username));
        peer.serve(HOST, path + "/inbox", exchange -> TestPeer.reply(exchange, 202, "text/plain", ""));
        return actor;
    }

    public String id() {
        return id;
    }

    public String keyId() {
        return id + "#main-key";
    }

    public String origin() {
        return peer.origin(HOST);
    }

    public SigningKey signingKey() {
        return new SigningKey(keyId(), keys.getPrivate());
    }

    private String document(String username) {
        return "{\"@context\":[\"https://www.w3.org/ns/activitystreams\",\"https://w3id.org/security/v1\"],"
                + "\"id\":\"" + id + "\",\"type\":\"Person\",\"preferredUsername\":\"" + username + "\","
                + "\"inbox\":\"" + id + "/inbox\",\"outbox\":\"" + id + "/outbox\","
                + "\"followers\":\"" + id + "/followers\","
                + "\"publicKey\":{\"id\":\"" + keyId() + "\",\"owner\":\"" + id + "\","
                + "\"publicKeyPem\":" + Json.write(KeyMaterial.toPem(keys.getPublic())) + "}}";
    }

    /** A GET asking for ActivityPub JSON, signed with this actor's key (draft-cavage). */
    public HttpRequest signedGet(String url) {
        return signedGet(url, signingKey());
    }

    /** A GET signed with any key (say, a forger's). */
    public static HttpRequest signedGet(String url, SigningKey key) {
        URI target = URI.create(url);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/activity+json");
        headers.putAll(new HttpSignatures().sign(SignatureScheme.CAVAGE, "GET", target, headers, null, key,
                Instant.now()));
        return build(HttpRequest.newBuilder(target).GET(), headers);
    }

    /** A POST of {@code body} to an inbox, signed with {@code key} at {@code date}. */
    public static HttpRequest signedPost(String url, String body, SigningKey key, Instant date) {
        URI target = URI.create(url);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/activity+json");
        headers.putAll(new HttpSignatures().sign(SignatureScheme.CAVAGE, "POST", target, headers, bytes, key, date));
        return build(HttpRequest.newBuilder(target).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), headers);
    }

    public HttpRequest signedPost(String url, String body) {
        return signedPost(url, body, signingKey(), Instant.now());
    }

    private static HttpRequest build(HttpRequest.Builder builder, Map<String, String> headers) {
        // The JDK client sets Host itself and refuses to be given one.
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) {
                builder.header(name, value);
            }
        });
        return builder.timeout(Duration.ofSeconds(20)).build();
    }
}
