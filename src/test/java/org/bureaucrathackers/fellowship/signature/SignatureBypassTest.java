package org.bureaucrathackers.fellowship.signature;

import static org.bureaucrathackers.fellowship.signature.SignedRequests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Forged, mismatched, replayed, oversized and malformed requests (X22): each refused with its status and reason,
 * and the cheap refusals made before any key is looked up.
 */
class SignatureBypassTest {

    private static final List<String> MASTODON_HEADERS =
            List.of("(request-target)", "host", "date", "digest", "content-type");

    private final InMemoryKeyResolver resolver = resolver();

    private SignatureFailure refused(IncomingRequest request) {
        return assertThrows(SignatureFailure.class, () -> verifier(resolver).verify(request));
    }

    private void assertRefused(int status, String reason, IncomingRequest request) {
        SignatureFailure failure = refused(request);
        assertEquals(status, failure.status(), failure.reason());
        assertTrue(failure.reason().contains(reason), failure.reason());
    }

    private void assertRefusedWithoutKeyLookup(int status, String reason, IncomingRequest request) {
        assertRefused(status, reason, request);
        assertEquals(List.of(), resolver.calls());
    }

    private static IncomingRequest mastodonPost() {
        return cavagePost(rsaKey(), "rsa-sha256", MASTODON_HEADERS, INBOX, postHeaders(NOW), BODY);
    }

    private static IncomingRequest withSignatureParams(String params) {
        Map<String, String> headers = postHeaders(NOW);
        headers.put("Signature", params);
        return received("POST", INBOX, headers, BODY);
    }

    private static String signatureOf(IncomingRequest request) throws SignatureFailure {
        return SignatureHeader.parse(request.header("signature")).signature();
    }

    @Test
    void an_unsigned_request_is_refused() {
        assertRefusedWithoutKeyLookup(401, "not signed", received("POST", INBOX, postHeaders(NOW), BODY));
    }

    @Test
    void a_wrong_digest_is_refused_before_any_key_lookup() {
        assertRefusedWithoutKeyLookup(401, "Digest sha-256 does not match",
                withHeader(mastodonPost(), "Digest", Digests.digestHeader("{}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void a_body_changed_after_signing_is_refused() {
        assertRefusedWithoutKeyLookup(401, "does not match the body",
                withBody(mastodonPost(), "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a_changed_body_with_a_recomputed_digest_fails_the_signature() {
        byte[] forged = "{\"type\":\"Delete\"}".getBytes(StandardCharsets.UTF_8);
        IncomingRequest request = withHeader(withBody(mastodonPost(), forged), "Digest", Digests.digestHeader(forged));

        assertRefused(401, "signature does not verify", request);
    }

    @Test
    void a_digest_in_an_unknown_algorithm_only_is_refused() {
        assertRefusedWithoutKeyLookup(401, "no supported algorithm",
                withHeader(mastodonPost(), "Digest", "MD5=Sd/dVLAcvNLSq16eXua5uQ=="));
    }

    @Test
    void a_signature_computed_over_a_different_header_order_is_refused() throws Exception {
        IncomingRequest signed = cavagePost(rsaKey(), "rsa-sha256",
                List.of("host", "(request-target)", "date", "digest", "content-type"), INBOX, postHeaders(NOW), BODY);
        IncomingRequest claimed = withSignatureParams("keyId=\"" + RSA_KEY_ID + "\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date digest content-type\",signature=\"" + signatureOf(signed) + "\"");

        assertRefused(401, "signature does not verify", claimed);
    }

    @Test
    void duplicate_signature_parameters_are_refused() throws Exception {
        String signature = signatureOf(mastodonPost());
        IncomingRequest request = withSignatureParams("keyId=\"" + RSA_KEY_ID + "\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date digest content-type\",headers=\"date\","
                + "signature=\"" + signature + "\"");

        assertRefusedWithoutKeyLookup(400, "repeats parameter headers", request);
    }

    @Test
    void two_signature_headers_are_refused() throws Exception {
        IncomingRequest signed = mastodonPost();
        Map<String, List<String>> lines = new LinkedHashMap<>(signed.headers());
        lines.put("Signature", List.of(signed.header("signature"), signed.header("signature")));

        assertRefusedWithoutKeyLookup(400, "more than one Signature header",
                new IncomingRequest("POST", INBOX, lines, BODY));
    }

    @Test
    void a_get_without_signed_host_is_refused() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "ministry.example");
        headers.put("Date", HttpDates.format(NOW));
        headers.put("Signature", CavageSignatures.sign(rsaKey(), "rsa-sha256", List.of("(request-target)", "date"),
                "GET", "/users/bob", headers, null, null));

        assertRefusedWithoutKeyLookup(401, "must cover host", received("GET", "/users/bob", headers, null));
    }

    @Test
    void a_post_without_signed_request_target_is_refused() {
        IncomingRequest request = cavagePost(rsaKey(), "rsa-sha256", List.of("host", "date", "digest", "content-type"),
                INBOX, postHeaders(NOW), BODY);

        assertRefusedWithoutKeyLookup(401, "must cover (request-target)", request);
    }

    @Test
    void a_post_without_signed_host_is_refused() {
        IncomingRequest request = cavagePost(rsaKey(), "rsa-sha256",
                List.of("(request-target)", "date", "digest", "content-type"), INBOX, postHeaders(NOW), BODY);

        assertRefusedWithoutKeyLookup(401, "must cover host", request);
    }

    @Test
    void a_get_without_signed_request_target_is_refused() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "ministry.example");
        headers.put("Date", HttpDates.format(NOW));
        headers.put("Signature", CavageSignatures.sign(rsaKey(), "rsa-sha256", List.of("host", "date"),
                "GET", "/users/bob", headers, null, null));

        assertRefusedWithoutKeyLookup(401, "must cover (request-target)", received("GET", "/users/bob", headers, null));
    }

    @Test
    void a_post_without_signed_digest_is_refused() {
        IncomingRequest request = cavagePost(rsaKey(), "rsa-sha256", List.of("(request-target)", "host", "date"),
                INBOX, postHeaders(NOW), BODY);

        assertRefusedWithoutKeyLookup(401, "must cover digest", request);
    }

    @Test
    void a_signature_without_date_or_created_is_refused() {
        IncomingRequest request = cavagePost(rsaKey(), "rsa-sha256", List.of("(request-target)", "host", "digest"),
                INBOX, postHeaders(NOW), BODY);

        assertRefusedWithoutKeyLookup(401, "must cover date or (created)", request);
    }

    @Test
    void a_date_more_than_an_hour_ahead_is_refused() {
        assertRefusedWithoutKeyLookup(401, "in the future", ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY,
                rsaKey(), NOW.plus(Duration.ofMinutes(61))));
    }

    @Test
    void a_date_older_than_65_minutes_is_refused() {
        assertRefusedWithoutKeyLookup(401, "too old", ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY,
                rsaKey(), NOW.minus(Duration.ofMinutes(66))));
    }

    @Test
    void an_expired_expires_is_refused() {
        Map<String, String> headers = postHeaders(NOW);
        long created = NOW.minus(Duration.ofHours(3)).getEpochSecond();
        long expires = NOW.minus(Duration.ofMinutes(61)).getEpochSecond();
        headers.put("Signature", CavageSignatures.sign(rsaKey(), "hs2019",
                List.of("(request-target)", "(created)", "(expires)", "host", "digest"), "POST", INBOX, headers,
                created, expires));

        assertRefusedWithoutKeyLookup(401, "expired", received("POST", INBOX, headers, BODY));
    }

    @Test
    void an_expires_further_than_twelve_hours_after_created_is_capped() {
        Map<String, String> headers = postHeaders(NOW);
        long created = NOW.minus(Duration.ofHours(14)).getEpochSecond();
        long expires = NOW.plus(Duration.ofHours(10)).getEpochSecond();
        headers.put("Signature", CavageSignatures.sign(rsaKey(), "hs2019",
                List.of("(request-target)", "(created)", "(expires)", "host", "digest"), "POST", INBOX, headers,
                created, expires));

        assertRefusedWithoutKeyLookup(401, "expired", received("POST", INBOX, headers, BODY));
    }

    @Test
    void a_replayed_request_with_a_fresh_unsigned_date_is_refused() {
        IncomingRequest old = ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY, rsaKey(), NOW.minus(Duration.ofHours(2)));

        assertRefused(401, "signature does not verify", withHeader(old, "Date", HttpDates.format(NOW)));
    }

    @Test
    void a_request_signed_for_another_host_is_refused() {
        IncomingRequest request = withHeader(mastodonPost(), "Host", "other.example");
        IncomingRequest resigned = cavagePost(rsaKey(), "rsa-sha256", MASTODON_HEADERS, INBOX,
                Map.of("Host", "other.example", "Date", HttpDates.format(NOW), "Content-Type",
                        "application/activity+json", "Digest", Digests.digestHeader(BODY)), BODY);

        assertRefusedWithoutKeyLookup(401, "another host", request);
        assertRefusedWithoutKeyLookup(401, "another host", resigned);
    }

    @Test
    void an_acct_key_id_is_refused_without_a_lookup() {
        InMemoryKeyResolver acct = new InMemoryKeyResolver().add("acct:alice@remote.example", ACTOR, RSA.getPublic());
        IncomingRequest request = cavagePost(new SigningKey("acct:alice@remote.example", RSA.getPrivate()),
                "rsa-sha256", MASTODON_HEADERS, INBOX, postHeaders(NOW), BODY);

        SignatureFailure failure = assertThrows(SignatureFailure.class, () -> verifier(acct).verify(request));
        assertEquals(401, failure.status());
        assertTrue(failure.reason().contains("acct:"));
        assertEquals(List.of(), acct.calls());
    }

    @Test
    void a_key_id_on_one_host_owned_by_an_actor_on_another_is_refused() {
        InMemoryKeyResolver crossHost = new InMemoryKeyResolver()
                .add(RSA_KEY_ID, "https://victim.example/users/carol", RSA.getPublic());

        SignatureFailure failure = assertThrows(SignatureFailure.class,
                () -> verifier(crossHost).verify(mastodonPost()));
        assertEquals(401, failure.status());
        assertTrue(failure.reason().contains("not on the key's host"), failure.reason());
    }

    @Test
    void an_unknown_algorithm_is_refused() throws Exception {
        IncomingRequest request = withSignatureParams("keyId=\"" + RSA_KEY_ID + "\",algorithm=\"rsa-sha1\","
                + "headers=\"(request-target) host date digest content-type\",signature=\""
                + signatureOf(mastodonPost()) + "\"");

        assertRefusedWithoutKeyLookup(401, "unsupported signature algorithm rsa-sha1", request);
    }

    @Test
    void created_with_rsa_sha256_is_refused() {
        Map<String, String> headers = postHeaders(NOW);
        headers.put("Signature", CavageSignatures.sign(rsaKey(), "rsa-sha256",
                List.of("(request-target)", "(created)", "host", "digest"), "POST", INBOX, headers,
                NOW.getEpochSecond(), null));

        assertRefusedWithoutKeyLookup(401, "only allowed with hs2019", received("POST", INBOX, headers, BODY));
    }

    @Test
    void garbage_base64_is_refused_as_malformed() {
        IncomingRequest request = withSignatureParams("keyId=\"" + RSA_KEY_ID + "\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date digest content-type\",signature=\"%%%not*base64%%%\"");

        assertRefusedWithoutKeyLookup(400, "not base64", request);
    }

    @Test
    void a_truncated_signature_does_not_verify() throws Exception {
        String signature = signatureOf(mastodonPost());
        IncomingRequest request = withSignatureParams("keyId=\"" + RSA_KEY_ID + "\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date digest content-type\",signature=\""
                + signature.substring(0, 200) + "\"");

        assertRefused(401, "signature does not verify", request);
    }

    @Test
    void an_oversized_signature_header_is_refused() {
        IncomingRequest request = withSignatureParams("keyId=\"" + RSA_KEY_ID + "\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date digest\",signature=\"" + "A".repeat(9000) + "\"");

        assertRefusedWithoutKeyLookup(400, "longer than 8192", request);
    }

    @Test
    void a_missing_key_id_is_refused() throws Exception {
        IncomingRequest request = withSignatureParams("algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date digest content-type\",signature=\""
                + signatureOf(mastodonPost()) + "\"");

        assertRefusedWithoutKeyLookup(400, "no keyId", request);
    }

    @Test
    void rfc9421_without_created_is_refused() {
        IncomingRequest request = rfc9421Post(List.of("@method", "@target-uri", "content-digest"),
                Map.of("keyid", RSA_KEY_ID));

        assertRefusedWithoutKeyLookup(401, "no created parameter", request);
    }

    @Test
    void rfc9421_without_target_uri_is_refused() {
        IncomingRequest request = rfc9421Post(List.of("@method", "@authority", "content-digest"),
                Map.of("created", NOW.getEpochSecond(), "keyid", RSA_KEY_ID));

        assertRefusedWithoutKeyLookup(401, "must cover @target-uri", request);
    }

    @Test
    void rfc9421_without_method_is_refused() {
        IncomingRequest request = rfc9421Post(List.of("@target-uri", "content-digest"),
                Map.of("created", NOW.getEpochSecond(), "keyid", RSA_KEY_ID));

        assertRefusedWithoutKeyLookup(401, "must cover @method", request);
    }

    @Test
    void rfc9421_over_the_path_without_the_authority_is_refused() {
        IncomingRequest request = rfc9421Post(List.of("@method", "@path", "content-digest"),
                Map.of("created", NOW.getEpochSecond(), "keyid", RSA_KEY_ID));

        assertRefusedWithoutKeyLookup(401, "must cover @authority", request);
    }

    @Test
    void rfc9421_post_without_content_digest_is_refused() {
        IncomingRequest request = rfc9421Post(List.of("@method", "@target-uri"),
                Map.of("created", NOW.getEpochSecond(), "keyid", RSA_KEY_ID));

        assertRefusedWithoutKeyLookup(401, "must cover content-digest", request);
    }

    @Test
    void rfc9421_with_a_wrong_content_digest_is_refused() {
        IncomingRequest request = withBody(ours(SignatureScheme.RFC9421, "POST", INBOX, BODY, rsaKey(), NOW),
                "{}".getBytes(StandardCharsets.UTF_8));

        assertRefusedWithoutKeyLookup(401, "Content-Digest sha-256 does not match", request);
    }

    @Test
    void two_rfc9421_signatures_are_refused() {
        IncomingRequest signed = ours(SignatureScheme.RFC9421, "POST", INBOX, BODY, rsaKey(), NOW);
        String input = signed.header("signature-input");
        String signature = signed.header("signature");
        IncomingRequest doubled = withHeader(withHeader(signed, "Signature-Input",
                input + ", " + input.replaceFirst("^sig1=", "sig2=")),
                "Signature", signature + ", " + signature.replaceFirst("^sig1=", "sig2="));

        assertRefusedWithoutKeyLookup(401, "exactly one RFC 9421 signature", doubled);
    }

    @Test
    void rfc9421_created_more_than_an_hour_ahead_is_refused() {
        assertRefusedWithoutKeyLookup(401, "in the future", ours(SignatureScheme.RFC9421, "POST", INBOX, BODY,
                rsaKey(), NOW.plus(Duration.ofMinutes(90))));
    }

    @Test
    void rfc9421_with_an_unknown_alg_is_refused() {
        IncomingRequest signed = rfc9421Post(List.of("@method", "@target-uri", "content-digest"),
                Map.of("created", NOW.getEpochSecond(), "keyid", RSA_KEY_ID, "alg", "rsa-v1_5-sha256"));
        IncomingRequest request = withHeader(signed, "Signature-Input",
                signed.header("signature-input").replace("rsa-v1_5-sha256", "hmac-sha256"));

        assertRefused(401, "unsupported signature algorithm hmac-sha256", request);
    }

    @Test
    void rfc9421_with_a_malformed_signature_input_is_refused() {
        IncomingRequest request = withHeader(ours(SignatureScheme.RFC9421, "POST", INBOX, BODY, rsaKey(), NOW),
                "Signature-Input", "sig1=(\"@method\" \"@target-uri\";created=1");

        assertRefusedWithoutKeyLookup(400, "not a structured dictionary", request);
    }

    @Test
    void a_key_refresh_is_attempted_exactly_once() {
        InMemoryKeyResolver stale = new InMemoryKeyResolver()
                .addCached(RSA_KEY_ID, ACTOR, OTHER_RSA.getPublic(), OTHER_RSA.getPublic());

        SignatureFailure failure = assertThrows(SignatureFailure.class,
                () -> verifier(stale).verify(mastodonPost()));
        assertEquals(401, failure.status());
        assertEquals(List.of(new InMemoryKeyResolver.Call(RSA_KEY_ID, false),
                new InMemoryKeyResolver.Call(RSA_KEY_ID, true)), stale.calls());
    }

    @Test
    void a_refresh_that_cannot_reach_the_origin_is_answered_503() {
        KeyResolver unreachable = (keyId, refresh) -> {
            if (refresh) {
                throw new KeyUnavailableException("timed out", true);
            }
            return new ResolvedKey(keyId, ACTOR, OTHER_RSA.getPublic(), true);
        };

        SignatureFailure failure = assertThrows(SignatureFailure.class,
                () -> verifier(unreachable).verify(mastodonPost()));
        assertEquals(503, failure.status());
    }

    private static IncomingRequest rfc9421Post(List<String> components, Map<String, Object> params) {
        Map<String, String> headers = postHeaders(NOW);
        headers.remove("Digest");
        headers.put("Content-Digest", Digests.contentDigestHeader(BODY));
        Map<String, Object> ordered = new LinkedHashMap<>();
        for (String name : List.of("created", "keyid", "alg")) {
            if (params.containsKey(name)) {
                ordered.put(name, params.get(name));
            }
        }
        headers.putAll(Rfc9421Signatures.sign(rsaKey(), "sig1", components, ordered,
                MessageView.of("POST", PUBLIC_URL.resolve(INBOX), FieldValues.ofSingle(headers))));
        return received("POST", INBOX, headers, BODY);
    }
}
