package org.bureaucrathackers.fellowship.signature;

import static org.bureaucrathackers.fellowship.signature.SignedRequests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpSignaturesTest {

    private static final HttpSignatures SIGNER = new HttpSignatures();
    private static final URI INBOX_URI = URI.create("https://remote.example/users/alice/inbox");

    private static Map<String, String> signPost(SignatureScheme scheme, SigningKey key, Instant now) {
        return SIGNER.sign(scheme, "POST", INBOX_URI, Map.of("Content-Type", "application/activity+json"), BODY,
                key, now);
    }

    @Test
    void cavage_post_covers_request_target_host_date_digest_and_content_type() throws Exception {
        Map<String, String> headers = signPost(SignatureScheme.CAVAGE, rsaKey(), NOW);

        assertEquals(List.of("Host", "Date", "Digest", "Signature"), List.copyOf(headers.keySet()));
        assertEquals("remote.example", headers.get("Host"));
        assertEquals("Sun, 01 Jun 2025 12:00:00 GMT", headers.get("Date"));
        assertEquals(Digests.digestHeader(BODY), headers.get("Digest"));
        SignatureHeader signature = SignatureHeader.parse(headers.get("Signature"));
        assertEquals(RSA_KEY_ID, signature.keyId());
        assertEquals("rsa-sha256", signature.algorithm());
        assertEquals(List.of("(request-target)", "host", "date", "digest", "content-type"), signature.headers());
    }

    @Test
    void cavage_get_covers_request_target_host_date_and_accept() throws Exception {
        Map<String, String> headers = SIGNER.sign(SignatureScheme.CAVAGE, "GET", URI.create(ACTOR),
                Map.of("Accept", "application/activity+json"), null, rsaKey(), NOW);

        assertFalse(headers.containsKey("Digest"));
        assertEquals(List.of("(request-target)", "host", "date", "accept"),
                SignatureHeader.parse(headers.get("Signature")).headers());
    }

    @Test
    void cavage_get_without_accept_leaves_accept_out_of_the_list() throws Exception {
        Map<String, String> headers = SIGNER.sign(SignatureScheme.CAVAGE, "GET", URI.create(ACTOR), Map.of(), null,
                rsaKey(), NOW);

        assertEquals(List.of("(request-target)", "host", "date"),
                SignatureHeader.parse(headers.get("Signature")).headers());
    }

    @Test
    void cavage_with_an_ed25519_key_is_labelled_hs2019() throws Exception {
        Map<String, String> headers = signPost(SignatureScheme.CAVAGE, ed25519Key(), NOW);

        assertEquals("hs2019", SignatureHeader.parse(headers.get("Signature")).algorithm());
    }

    @Test
    void rfc9421_post_covers_method_target_authority_content_digest_and_date() {
        Map<String, String> headers = signPost(SignatureScheme.RFC9421, rsaKey(), NOW);

        assertEquals(List.of("Host", "Date", "Content-Digest", "Signature-Input", "Signature"),
                List.copyOf(headers.keySet()));
        assertEquals(Digests.contentDigestHeader(BODY), headers.get("Content-Digest"));
        assertEquals("sig1=(\"@method\" \"@target-uri\" \"@authority\" \"content-digest\" \"date\")"
                + ";created=" + NOW.getEpochSecond() + ";keyid=\"" + RSA_KEY_ID + "\";alg=\"rsa-v1_5-sha256\"",
                headers.get("Signature-Input"));
        assertTrue(headers.get("Signature").startsWith("sig1=:"));
    }

    @Test
    void rfc9421_with_an_ed25519_key_announces_ed25519() {
        Map<String, String> headers = signPost(SignatureScheme.RFC9421, ed25519Key(), NOW);

        assertTrue(headers.get("Signature-Input").endsWith(";alg=\"ed25519\""));
    }

    @Test
    void rfc9421_get_covers_no_content_digest() {
        Map<String, String> headers = SIGNER.sign(SignatureScheme.RFC9421, "GET", URI.create(ACTOR), Map.of(), null,
                rsaKey(), NOW);

        assertFalse(headers.containsKey("Content-Digest"));
        assertTrue(headers.get("Signature-Input").startsWith(
                "sig1=(\"@method\" \"@target-uri\" \"@authority\" \"date\");"));
    }

    @Test
    void every_attempt_gets_a_fresh_date_and_signature() {
        Map<String, String> first = signPost(SignatureScheme.CAVAGE, rsaKey(), NOW);
        Map<String, String> retry = signPost(SignatureScheme.CAVAGE, rsaKey(), NOW.plus(Duration.ofHours(3)));

        assertEquals("Sun, 01 Jun 2025 15:00:00 GMT", retry.get("Date"));
        assertNotEquals(first.get("Signature"), retry.get("Signature"));
    }

    @Test
    void dates_keep_two_digit_days() {
        Map<String, String> headers = signPost(SignatureScheme.CAVAGE, rsaKey(), Instant.parse("2025-06-05T08:04:03Z"));

        assertEquals("Thu, 05 Jun 2025 08:04:03 GMT", headers.get("Date"));
    }

    @Test
    void host_carries_a_port_only_when_it_is_not_the_default() {
        assertEquals("127.0.0.1:8081", SIGNER.sign(SignatureScheme.CAVAGE, "GET",
                URI.create("http://127.0.0.1:8081/actor"), Map.of(), null, rsaKey(), NOW).get("Host"));
        assertEquals("remote.example", SIGNER.sign(SignatureScheme.CAVAGE, "GET",
                URI.create("https://remote.example:443/actor"), Map.of(), null, rsaKey(), NOW).get("Host"));
    }

    @Test
    void a_host_given_by_the_caller_is_replaced_by_the_target_authority() throws Exception {
        Map<String, String> headers = SIGNER.sign(SignatureScheme.CAVAGE, "GET", URI.create(ACTOR),
                Map.of("host", "elsewhere.example"), null, rsaKey(), NOW);

        assertEquals("remote.example", headers.get("Host"));
    }

    @Test
    void the_request_target_keeps_the_query() throws Exception {
        Map<String, String> headers = SIGNER.sign(SignatureScheme.CAVAGE, "GET",
                URI.create("https://ministry.example/users/bob/outbox?page=true"), Map.of(), null, rsaKey(), NOW);
        IncomingRequest received = received("GET", "/users/bob/outbox?page=true", headers, null);
        IncomingRequest withoutQuery = withTarget(received, "/users/bob/outbox");
        SignatureHeader header = SignatureHeader.parse(headers.get("Signature"));

        String withQuery = CavageSignatures.signingString(header.headers(), "GET", received.rawPathAndQuery(),
                received.fields(), null, null);
        String without = CavageSignatures.signingString(header.headers(), "GET", withoutQuery.rawPathAndQuery(),
                withoutQuery.fields(), null, null);
        assertTrue(CavageSignatures.verify(header, withQuery, RSA.getPublic()));
        assertFalse(CavageSignatures.verify(header, without, RSA.getPublic()));
    }
}
