package org.bureaucrathackers.fellowship.inbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.bureaucrathackers.fellowship.signature.CavageSignatures;
import org.bureaucrathackers.fellowship.signature.Digests;
import org.bureaucrathackers.fellowship.testing.SigningPeer;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Over real HTTP, an inbox POST whose draft-cavage signature leaves out the request target or the host is
 * answered 401 with a reason naming what is missing, though it verifies and its key is at hand; the same POST
 * signed over everything is taken.
 */
@Timeout(60)
class SignatureCoverageTest {

    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

    static TestInstance instance;
    static TestPeer peer;
    static SigningPeer alice;
    static String inbox;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        peer = TestPeer.start();
        alice = SigningPeer.serve(peer, "alice");
        instance.createFellow("bob");
        inbox = instance.url("/users/bob/inbox");
    }

    @AfterAll
    static void stop() {
        instance.close();
        peer.close();
    }

    private static HttpResponse<String> followSignedOver(List<String> covered, String activityId) {
        byte[] body = ("{\"@context\":\"https://www.w3.org/ns/activitystreams\",\"id\":\"" + alice.id() + "#"
                + activityId + "\",\"type\":\"Follow\",\"actor\":\"" + alice.id() + "\",\"object\":\""
                + instance.url("/users/bob") + "\"}").getBytes(StandardCharsets.UTF_8);
        URI target = URI.create(inbox);
        Map<String, String> headers = new LinkedHashMap<>();
        // The JDK client writes this Host itself; it is listed here only to be signed.
        headers.put("Host", target.getAuthority());
        headers.put("Date", HTTP_DATE.format(ZonedDateTime.now(ZoneOffset.UTC)));
        headers.put("Content-Type", "application/activity+json");
        headers.put("Digest", Digests.digestHeader(body));
        headers.put("Signature", CavageSignatures.sign(alice.signingKey(), "rsa-sha256", covered, "POST",
                target.getRawPath(), headers, null, null));
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach((name, value) -> {
            if (!name.equals("Host")) {
                request.header(name, value);
            }
        });
        return instance.send(request.build());
    }

    @Test
    void a_post_signed_without_the_request_target_is_refused_with_401_naming_it() {
        HttpResponse<String> response = followSignedOver(List.of("host", "date", "digest", "content-type"), "a");

        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.body().contains("must cover (request-target)"), response.body());
    }

    @Test
    void a_post_signed_without_the_host_is_refused_with_401_naming_it() {
        HttpResponse<String> response = followSignedOver(List.of("(request-target)", "date", "digest",
                "content-type"), "b");

        assertEquals(401, response.statusCode(), response.body());
        assertTrue(response.body().contains("must cover host"), response.body());
    }

    @Test
    void the_same_post_signed_over_target_host_date_and_digest_is_taken() {
        HttpResponse<String> response = followSignedOver(List.of("(request-target)", "host", "date", "digest"), "c");

        assertEquals(202, response.statusCode(), response.body());
    }
}
