package org.bureaucrathackers.fellowship.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.HttpSignatures;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/**
 * Delivers activities to a {@link TestInstance}'s inbox as another server would: a POST signed the draft-cavage
 * way with the sender's key over {@code (request-target) host date digest content-type}.
 */
public final class SignedInbox {

    private static final HttpSignatures SIGNING = new HttpSignatures();

    private SignedInbox() {
    }

    /** POSTs {@code activity} to {@code path} (e.g. {@code /inbox}) signed with {@code key}. */
    public static HttpResponse<String> post(TestInstance instance, String path, SigningKey key, String activity) {
        return instance.send(request(instance, path, key, activity));
    }

    /** The signed POST {@link #post} sends, to send later or elsewhere (a benchmark signs before it times). */
    public static HttpRequest request(TestInstance instance, String path, SigningKey key, String activity) {
        return request(URI.create(instance.url(path)), key, activity);
    }

    /** The signed POST of {@code activity} to {@code target}, for servers that are not a {@link TestInstance}. */
    public static HttpRequest request(URI target, SigningKey key, String activity) {
        byte[] body = activity.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/activity+json");
        headers.putAll(SIGNING.sign(SignatureScheme.CAVAGE, "POST", target, headers, body, key, Instant.now()));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        // The client writes Host itself, from the same target: the value signed.
        headers.forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Host")) {
                request.header(name, value);
            }
        });
        return request.build();
    }

    /** Delivers to the shared inbox as {@code sender}, then runs the inbox worker until the job is done. */
    public static HttpResponse<String> deliver(TestInstance instance, PeerActor sender, JsonNode activity) {
        HttpResponse<String> response = post(instance, "/inbox", sender.signingKey(), Json.write(activity));
        instance.inboxWorker().drain();
        return response;
    }
}
