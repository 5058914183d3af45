package org.bureaucrathackers.fellowship.signature;

import static org.bureaucrathackers.fellowship.signature.SignedRequests.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.security.KeyPair;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Requests that must verify: our own, each peer's header order, query variants; and the key refresh rules. */
class SignatureVerifierTest {

    private static final String GTS_KEY_ID = "https://remote.example/users/alice/main-key";
    private static final String MISSKEY_KEY_ID = "https://remote.example/users/9x2a#main-key";

    private static VerifiedSignature verify(IncomingRequest request) throws SignatureFailure {
        return verifier(resolver()).verify(request);
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(SignatureScheme.class)
    void our_own_signed_post_verifies_with_rsa(SignatureScheme scheme) throws Exception {
        VerifiedSignature verified = verify(ours(scheme, "POST", INBOX, BODY, rsaKey(), NOW));

        assertEquals(new VerifiedSignature(RSA_KEY_ID, ACTOR, scheme), verified);
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(SignatureScheme.class)
    void our_own_signed_post_verifies_with_ed25519(SignatureScheme scheme) throws Exception {
        VerifiedSignature verified = verify(ours(scheme, "POST", INBOX, BODY, ed25519Key(), NOW));

        assertEquals(new VerifiedSignature(ED25519_KEY_ID, ACTOR, scheme), verified);
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(SignatureScheme.class)
    void our_own_signed_get_verifies(SignatureScheme scheme) throws Exception {
        VerifiedSignature verified = verify(ours(scheme, "GET", "/users/bob", null, rsaKey(), NOW));

        assertEquals(ACTOR, verified.ownerActorId());
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(SignatureScheme.class)
    void a_signed_get_with_a_query_verifies(SignatureScheme scheme) throws Exception {
        VerifiedSignature verified = verify(ours(scheme, "GET", "/users/bob/outbox?page=true&min_id=0", null,
                rsaKey(), NOW));

        assertEquals(RSA_KEY_ID, verified.keyId());
    }

    @ParameterizedTest(name = "[{0}]")
    @EnumSource(SignatureScheme.class)
    void keys_made_by_the_jdk_providers_sign_and_verify(SignatureScheme scheme) throws Exception {
        KeyPair rsa = java.security.KeyPairGenerator.getInstance("RSA").generateKeyPair();
        KeyPair ed25519 = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        InMemoryKeyResolver resolver = new InMemoryKeyResolver()
                .add(RSA_KEY_ID, ACTOR, rsa.getPublic())
                .add(ED25519_KEY_ID, ACTOR, ed25519.getPublic());

        verifier(resolver).verify(ours(scheme, "POST", INBOX, BODY, new SigningKey(RSA_KEY_ID, rsa.getPrivate()), NOW));
        verifier(resolver).verify(ours(scheme, "POST", INBOX, BODY,
                new SigningKey(ED25519_KEY_ID, ed25519.getPrivate()), NOW));
        assertEquals(2, resolver.calls().size());
    }

    @Test
    void mastodon_style_signature_verifies() throws Exception {
        IncomingRequest request = cavagePost(rsaKey(), "rsa-sha256",
                List.of("(request-target)", "host", "date", "digest", "content-type"), INBOX, postHeaders(NOW), BODY);

        assertEquals(RSA_KEY_ID, verify(request).keyId());
    }

    @Test
    void mastodon_style_signature_with_request_target_last_verifies() throws Exception {
        IncomingRequest request = cavagePost(rsaKey(), "rsa-sha256",
                List.of("host", "date", "digest", "content-type", "(request-target)"), INBOX, postHeaders(NOW), BODY);

        assertEquals(RSA_KEY_ID, verify(request).keyId());
    }

    @Test
    void gotosocial_style_hs2019_signature_with_a_fragmentless_key_id_verifies() throws Exception {
        InMemoryKeyResolver resolver = new InMemoryKeyResolver().add(GTS_KEY_ID, ACTOR, RSA.getPublic());
        IncomingRequest request = cavagePost(new SigningKey(GTS_KEY_ID, RSA.getPrivate()), "hs2019",
                List.of("(request-target)", "host", "date", "digest"), INBOX, postHeaders(NOW), BODY);

        assertEquals(GTS_KEY_ID, verifier(resolver).verify(request).keyId());
    }

    @Test
    void misskey_style_signature_verifies() throws Exception {
        String actor = "https://remote.example/users/9x2a";
        InMemoryKeyResolver resolver = new InMemoryKeyResolver().add(MISSKEY_KEY_ID, actor, RSA.getPublic());
        IncomingRequest request = cavagePost(new SigningKey(MISSKEY_KEY_ID, RSA.getPrivate()), "rsa-sha256",
                List.of("(request-target)", "date", "host", "digest"), INBOX, postHeaders(NOW), BODY);

        assertEquals(actor, verifier(resolver).verify(request).ownerActorId());
    }

    @Test
    void hs2019_with_created_instead_of_date_verifies() throws Exception {
        Map<String, String> headers = postHeaders(NOW);
        headers.remove("Date");
        long created = NOW.getEpochSecond() - 30;
        String signature = CavageSignatures.sign(ed25519Key(), "hs2019",
                List.of("(request-target)", "(created)", "host", "digest"), "POST", INBOX, headers, created, null);
        headers.put("Signature", signature);

        assertEquals(ED25519_KEY_ID, verify(received("POST", INBOX, headers, BODY)).keyId());
    }

    @Test
    void a_signature_over_the_path_alone_verifies_when_the_request_has_a_query() throws Exception {
        // Fedify and Misskey sign the pathname only; Mastodon, GoToSocial and Akkoma accept both (S3).
        IncomingRequest signedWithoutQuery = cavagePost(rsaKey(), "rsa-sha256",
                List.of("(request-target)", "host", "date", "digest"), INBOX, postHeaders(NOW), BODY);

        assertEquals(RSA_KEY_ID, verify(withTarget(signedWithoutQuery, INBOX + "?via=relay")).keyId());
    }

    @Test
    void an_rfc9421_signature_over_the_target_without_its_query_verifies() throws Exception {
        IncomingRequest signedWithoutQuery = ours(SignatureScheme.RFC9421, "POST", INBOX, BODY, rsaKey(), NOW);

        assertEquals(RSA_KEY_ID, verify(withTarget(signedWithoutQuery, INBOX + "?via=relay")).keyId());
    }

    @Test
    void a_signature_over_another_query_does_not_verify() {
        IncomingRequest signed = cavagePost(rsaKey(), "rsa-sha256",
                List.of("(request-target)", "host", "date", "digest"), INBOX + "?a=1", postHeaders(NOW), BODY);

        SignatureFailure failure = assertThrows(SignatureFailure.class,
                () -> verify(withTarget(signed, INBOX + "?a=2")));
        assertEquals(401, failure.status());
    }

    @Test
    void fedify_style_rfc9421_with_host_covered_verifies() throws Exception {
        Map<String, String> headers = postHeaders(NOW);
        headers.remove("Digest");
        headers.put("Content-Digest", Digests.contentDigestHeader(BODY));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("created", NOW.getEpochSecond());
        params.put("keyid", RSA_KEY_ID);
        headers.putAll(Rfc9421Signatures.sign(rsaKey(), "sig1",
                List.of("@method", "@target-uri", "@authority", "host", "date", "content-digest"), params,
                MessageView.of("POST", PUBLIC_URL.resolve(INBOX), FieldValues.ofSingle(headers))));

        assertEquals(SignatureScheme.RFC9421, verify(received("POST", INBOX, headers, BODY)).scheme());
    }

    @Test
    void fedify_style_cavage_signature_over_every_header_it_sends_verifies() throws Exception {
        IncomingRequest request = cavagePost(rsaKey(), "rsa-sha256",
                List.of("(request-target)", "content-type", "date", "digest", "host"), INBOX, postHeaders(NOW), BODY);

        assertEquals(ACTOR, verify(request).ownerActorId());
    }

    @Test
    void rfc9421_over_method_target_uri_and_digest_alone_verifies() throws Exception {
        assertEquals(SignatureScheme.RFC9421, verify(rfc9421(List.of("@method", "@target-uri", "content-digest")))
                .scheme());
    }

    @Test
    void rfc9421_over_path_and_authority_instead_of_the_target_uri_verifies() throws Exception {
        assertEquals(SignatureScheme.RFC9421,
                verify(rfc9421(List.of("@method", "@authority", "@path", "content-digest"))).scheme());
    }

    private static IncomingRequest rfc9421(List<String> components) {
        Map<String, String> headers = postHeaders(NOW);
        headers.remove("Digest");
        headers.put("Content-Digest", Digests.contentDigestHeader(BODY));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("created", NOW.getEpochSecond());
        params.put("keyid", RSA_KEY_ID);
        headers.putAll(Rfc9421Signatures.sign(rsaKey(), "sig1", components, params,
                MessageView.of("POST", PUBLIC_URL.resolve(INBOX), FieldValues.ofSingle(headers))));
        return received("POST", INBOX, headers, BODY);
    }

    @Test
    void a_signature_from_64_minutes_ago_is_still_accepted() throws Exception {
        IncomingRequest request = ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY, rsaKey(),
                NOW.minus(Duration.ofMinutes(64)));

        assertEquals(RSA_KEY_ID, verify(request).keyId());
    }

    @Test
    void a_signature_from_59_minutes_ahead_is_still_accepted() throws Exception {
        IncomingRequest request = ours(SignatureScheme.RFC9421, "POST", INBOX, BODY, rsaKey(),
                NOW.plus(Duration.ofMinutes(59)));

        assertEquals(RSA_KEY_ID, verify(request).keyId());
    }

    @Test
    void a_cached_key_that_fails_is_refreshed_once_and_the_new_key_verifies() throws Exception {
        KeyPair rotated = KeyMaterial.generateEd25519();
        InMemoryKeyResolver resolver = new InMemoryKeyResolver()
                .addCached(ED25519_KEY_ID, ACTOR, ED25519.getPublic(), rotated.getPublic());
        IncomingRequest request = ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY,
                new SigningKey(ED25519_KEY_ID, rotated.getPrivate()), NOW);

        assertEquals(ED25519_KEY_ID, verifier(resolver).verify(request).keyId());
        assertEquals(List.of(new InMemoryKeyResolver.Call(ED25519_KEY_ID, false),
                new InMemoryKeyResolver.Call(ED25519_KEY_ID, true)), resolver.calls());
    }

    @Test
    void a_cached_key_that_verifies_is_not_refreshed() throws Exception {
        InMemoryKeyResolver resolver = new InMemoryKeyResolver()
                .addCached(RSA_KEY_ID, ACTOR, RSA.getPublic(), OTHER_RSA.getPublic());

        verifier(resolver).verify(ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY, rsaKey(), NOW));

        assertEquals(List.of(new InMemoryKeyResolver.Call(RSA_KEY_ID, false)), resolver.calls());
    }

    @Test
    void a_freshly_fetched_key_that_fails_is_not_fetched_again() {
        InMemoryKeyResolver resolver = new InMemoryKeyResolver().add(RSA_KEY_ID, ACTOR, OTHER_RSA.getPublic());

        SignatureFailure failure = assertThrows(SignatureFailure.class, () -> verifier(resolver)
                .verify(ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY, rsaKey(), NOW)));
        assertEquals(401, failure.status());
        assertEquals(List.of(new InMemoryKeyResolver.Call(RSA_KEY_ID, false)), resolver.calls());
    }

    @Test
    void a_key_that_cannot_be_fetched_for_now_is_answered_503() {
        InMemoryKeyResolver resolver = new InMemoryKeyResolver().failing(RSA_KEY_ID, true);

        SignatureFailure failure = assertThrows(SignatureFailure.class, () -> verifier(resolver)
                .verify(ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY, rsaKey(), NOW)));
        assertEquals(503, failure.status());
    }

    @Test
    void a_key_that_is_gone_is_answered_401() {
        InMemoryKeyResolver resolver = new InMemoryKeyResolver().failing(RSA_KEY_ID, false);

        SignatureFailure failure = assertThrows(SignatureFailure.class, () -> verifier(resolver)
                .verify(ours(SignatureScheme.RFC9421, "POST", INBOX, BODY, rsaKey(), NOW)));
        assertEquals(401, failure.status());
    }

    @Test
    void the_claimed_key_id_is_read_without_verifying() {
        IncomingRequest cavage = ours(SignatureScheme.CAVAGE, "POST", INBOX, BODY, rsaKey(), NOW);
        IncomingRequest rfc9421 = ours(SignatureScheme.RFC9421, "POST", INBOX, BODY, ed25519Key(), NOW);

        assertEquals(RSA_KEY_ID, SignatureVerifier.claimedKeyId(cavage));
        assertEquals(ED25519_KEY_ID, SignatureVerifier.claimedKeyId(rfc9421));
        assertNull(SignatureVerifier.claimedKeyId(withHeader(cavage, "Signature", "nonsense")));
    }
}
