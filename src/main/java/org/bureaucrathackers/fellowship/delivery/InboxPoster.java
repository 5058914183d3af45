package org.bureaucrathackers.fellowship.delivery;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.fetch.HttpTransport;
import org.bureaucrathackers.fellowship.fetch.TransportResponse;
import org.bureaucrathackers.fellowship.signature.RequestSigning;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/**
 * POSTs one job's activity to its inbox, signed afresh (S5) with the scheme the origin last accepted. When the
 * inbox answers 400 or 401 it knocks once more with the other scheme and, if that is accepted, remembers it for
 * the origin (S17 double-knocking, both ways).
 */
final class InboxPoster {

    static final String CONTENT_TYPE = "application/activity+json";

    private final HttpTransport transport;
    private final RequestSigning signing;
    private final SenderKeyLookup keys;
    private final SchemeMemory schemes;
    private final Clock clock;
    private final Duration timeout;

    InboxPoster(HttpTransport transport, RequestSigning signing, SenderKeyLookup keys, SchemeMemory schemes,
                Clock clock, Duration timeout) {
        this.transport = transport;
        this.signing = signing;
        this.keys = keys;
        this.schemes = schemes;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** The inbox's answer to the job, after a second knock where one was called for. */
    record Answer(int status, String retryAfter) {
    }

    /** A delivery that can never be signed or sent, so retrying is pointless. */
    static final class Undeliverable extends Exception {
        Undeliverable(String message) {
            super(message);
        }
    }

    /** @throws IOException when no answer arrived (refused connection, timeout, reset) */
    Answer post(DeliveryJob job) throws IOException, Undeliverable {
        URI inbox = InboxUrls.parse(job.inboxUrl())
                .orElseThrow(() -> new Undeliverable("not an http(s) inbox URL"));
        byte[] body = job.body().getBytes(StandardCharsets.UTF_8);
        String origin = InboxUrls.originOf(inbox);
        SignatureScheme first = schemes.firstKnock(origin);
        TransportResponse response = send(job, inbox, body, first);
        if (response.status() != 400 && response.status() != 401) {
            return answer(response);
        }
        SignatureScheme second = first == SignatureScheme.CAVAGE ? SignatureScheme.RFC9421 : SignatureScheme.CAVAGE;
        TransportResponse retried = send(job, inbox, body, second);
        if (retried.status() >= 200 && retried.status() < 300) {
            schemes.remember(origin, second);
        }
        return answer(retried);
    }

    private TransportResponse send(DeliveryJob job, URI inbox, byte[] body, SignatureScheme scheme)
            throws IOException, Undeliverable {
        SigningKey key = keys.keyFor(job.senderAccountId(), scheme)
                .orElseThrow(() -> new Undeliverable("the sender has no key to sign with"));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", CONTENT_TYPE);
        Map<String, String> signed;
        try {
            signed = signing.sign(scheme, "POST", inbox, headers, body, key, clock.instant());
        } catch (RuntimeException e) {
            throw new Undeliverable("cannot sign with " + key.keyId() + ": " + e.getMessage());
        }
        headers.putAll(signed);
        return transport.send("POST", inbox, headers, body, timeout);
    }

    private static Answer answer(TransportResponse response) {
        return new Answer(response.status(), response.header("Retry-After"));
    }
}
