package org.bureaucrathackers.fellowship.signature;

import static org.bureaucrathackers.fellowship.signature.SpecVectors.*;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of RFC 9421 (Appendix B.2 and Section 4.3), verified, and reproduced where the algorithm allows. */
class Rfc9421VectorsTest {

    private static Map<String, String> testRequestHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", "example.com");
        headers.put("Date", RFC9421_DATE);
        headers.put("Content-Type", "application/json");
        headers.put("Content-Digest", RFC9421_CONTENT_DIGEST);
        headers.put("Content-Length", "18");
        return headers;
    }

    private static MessageView testRequest(Map<String, String> headers, String authority) {
        return new MessageView(RFC9421_METHOD, "https", authority, "/foo", "param=Value&Pet=dog",
                FieldValues.ofSingle(headers));
    }

    private static Map<String, String> proxiedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", PROXY_HOST);
        headers.put("Date", PROXY_DATE);
        headers.put("Content-Type", "application/json");
        headers.put("Content-Length", "18");
        headers.put("Forwarded", PROXY_FORWARDED);
        headers.put("Content-Digest", RFC9421_CONTENT_DIGEST);
        return headers;
    }

    @Test
    void the_test_request_body_matches_its_sha512_content_digest() {
        assertDoesNotThrow(() -> Digests.verifyContentDigest(RFC9421_CONTENT_DIGEST,
                RFC9421_BODY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void b26_ed25519_signature_base_verifies_and_is_reproduced() throws Exception {
        MessageSignature signature = MessageSignature.parse(B26_INPUT, B26_SIGNATURE);
        String base = Rfc9421Signatures.signatureBase(signature, testRequest(testRequestHeaders(), "example.com"));

        assertEquals(B26_BASE, base);
        assertTrue(Rfc9421Signatures.verify(signature, base, publicKey(RFC9421_ED25519_PUBLIC_KEY)));

        Map<String, Object> params = new LinkedHashMap<>();
        params.put("created", 1618884473L);
        params.put("keyid", "test-key-ed25519");
        Map<String, String> ours = Rfc9421Signatures.sign(
                new SigningKey("test-key-ed25519", privateKey(RFC9421_ED25519_PRIVATE_KEY)), "sig-b26",
                List.of("date", "@method", "@path", "@authority", "content-type", "content-length"), params,
                testRequest(testRequestHeaders(), "example.com"));
        assertEquals(B26_INPUT, ours.get("Signature-Input"));
        assertEquals(B26_SIGNATURE, ours.get("Signature"));
    }

    @Test
    void section_4_3_rsa_v1_5_sha256_proxy_signature_verifies_and_is_reproduced() throws Exception {
        MessageView proxied = testRequest(proxiedHeaders(), PROXY_HOST);
        MessageSignature signature = MessageSignature.parse(PROXY_INPUT, PROXY_SIGNATURE);

        assertTrue(Rfc9421Signatures.verify(signature, Rfc9421Signatures.signatureBase(signature, proxied),
                publicKey(RFC9421_RSA_PUBLIC_KEY)));

        Map<String, Object> params = new LinkedHashMap<>();
        params.put("created", 1618884480L);
        params.put("keyid", "test-key-rsa");
        params.put("alg", "rsa-v1_5-sha256");
        params.put("expires", 1618884540L);
        Map<String, String> ours = Rfc9421Signatures.sign(
                new SigningKey("test-key-rsa", privateKey(RFC9421_RSA_PRIVATE_KEY)), "proxy_sig",
                List.of("@method", "@authority", "@path", "content-digest", "content-type", "content-length",
                        "forwarded"), params, proxied);
        assertEquals(PROXY_INPUT, ours.get("Signature-Input"));
        assertEquals(PROXY_SIGNATURE, ours.get("Signature"));
    }

    @Test
    void b21_minimal_rsa_pss_signature_verifies() throws Exception {
        MessageSignature signature = MessageSignature.parse(B21_INPUT, B21_SIGNATURE);
        String base = Rfc9421Signatures.signatureBase(signature, testRequest(testRequestHeaders(), "example.com"));

        assertEquals(B21_BASE, base);
        assertTrue(Rfc9421Signatures.verify(signature, base, publicKey(RFC9421_RSA_PSS_PUBLIC_KEY)));
    }

    @Test
    void b23_full_coverage_rsa_pss_signature_verifies() throws Exception {
        MessageSignature signature = MessageSignature.parse(B23_INPUT, B23_SIGNATURE);
        String base = Rfc9421Signatures.signatureBase(signature, testRequest(testRequestHeaders(), "example.com"));

        assertEquals(B23_BASE, base);
        assertTrue(Rfc9421Signatures.verify(signature, base, publicKey(RFC9421_RSA_PSS_PUBLIC_KEY)));
    }

    @Test
    void b23_fails_once_a_covered_header_changes() throws Exception {
        Map<String, String> headers = testRequestHeaders();
        headers.put("Content-Type", "application/activity+json");
        MessageSignature signature = MessageSignature.parse(B23_INPUT, B23_SIGNATURE);

        assertFalse(Rfc9421Signatures.verify(signature,
                Rfc9421Signatures.signatureBase(signature, testRequest(headers, "example.com")),
                publicKey(RFC9421_RSA_PSS_PUBLIC_KEY)));
    }

    @Test
    void b26_fails_with_the_rsa_key_it_was_not_made_with() throws Exception {
        MessageSignature signature = MessageSignature.parse(B26_INPUT, B26_SIGNATURE);
        String base = Rfc9421Signatures.signatureBase(signature, testRequest(testRequestHeaders(), "example.com"));

        assertFalse(Rfc9421Signatures.verify(signature, base, publicKey(RFC9421_RSA_PUBLIC_KEY)));
    }
}
