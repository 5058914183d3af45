package org.bureaucrathackers.fellowship.signature;

import static org.bureaucrathackers.fellowship.signature.SpecVectors.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The test values of draft-cavage-http-signatures-12 Appendix C, verified and reproduced byte for byte. */
class CavageVectorsTest {

    private static final PublicKey PUBLIC_KEY = publicKey(CAVAGE_PUBLIC_KEY);
    private static final SigningKey SIGNING_KEY = new SigningKey("Test", privateKey(CAVAGE_PRIVATE_KEY));

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", CAVAGE_HOST);
        headers.put("Date", CAVAGE_DATE);
        headers.put("Content-Type", CAVAGE_CONTENT_TYPE);
        headers.put("Digest", CAVAGE_DIGEST);
        headers.put("Content-Length", CAVAGE_CONTENT_LENGTH);
        return headers;
    }

    private static String signingString(SignatureHeader header) throws SignatureFailure {
        return CavageSignatures.signingString(header.headers(), "POST", CAVAGE_PATH, FieldValues.ofSingle(headers()),
                header.created(), header.expires());
    }

    @Test
    void the_example_body_has_the_published_digest() {
        assertEquals(CAVAGE_DIGEST, Digests.digestHeader(CAVAGE_BODY.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void c1_default_test_signs_only_the_date_and_verifies() throws Exception {
        SignatureHeader header = SignatureHeader.parse(
                "keyId=\"Test\",algorithm=\"rsa-sha256\",signature=\"" + CAVAGE_C1_SIGNATURE + "\"");

        assertEquals(List.of("date"), header.headers());
        assertEquals("date: Sun, 05 Jan 2014 21:31:40 GMT", signingString(header));
        assertTrue(CavageSignatures.verify(header, signingString(header), PUBLIC_KEY));
    }

    @Test
    void c2_basic_test_verifies_and_is_reproduced() throws Exception {
        SignatureHeader header = SignatureHeader.parse("keyId=\"Test\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date\", signature=\"" + CAVAGE_C2_SIGNATURE + "\"");

        assertEquals("""
                (request-target): post /foo?param=value&pet=dog
                host: example.com
                date: Sun, 05 Jan 2014 21:31:40 GMT""", signingString(header));
        assertTrue(CavageSignatures.verify(header, signingString(header), PUBLIC_KEY));
        String ours = CavageSignatures.sign(SIGNING_KEY, "rsa-sha256", header.headers(), "POST", CAVAGE_PATH,
                headers(), null, null);
        assertEquals(CAVAGE_C2_SIGNATURE, SignatureHeader.parse(ours).signature());
    }

    @Test
    void c3_all_headers_test_verifies_and_is_reproduced() throws Exception {
        SignatureHeader header = SignatureHeader.parse("keyId=\"Test\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date content-type digest content-length\","
                + "signature=\"" + CAVAGE_C3_SIGNATURE + "\"");

        assertTrue(CavageSignatures.verify(header, signingString(header), PUBLIC_KEY));
        String ours = CavageSignatures.sign(SIGNING_KEY, "rsa-sha256", header.headers(), "POST", CAVAGE_PATH,
                headers(), null, null);
        assertEquals(CAVAGE_C3_SIGNATURE, SignatureHeader.parse(ours).signature());
    }

    @Test
    void c1_signature_reproduced_from_the_default_header_list() throws Exception {
        String ours = CavageSignatures.sign(SIGNING_KEY, "rsa-sha256", List.of("date"), "POST", CAVAGE_PATH,
                headers(), null, null);

        assertEquals(CAVAGE_C1_SIGNATURE, SignatureHeader.parse(ours).signature());
    }

    @Test
    void the_c2_signature_fails_over_another_header_order() throws Exception {
        SignatureHeader reordered = SignatureHeader.parse("keyId=\"Test\",algorithm=\"rsa-sha256\","
                + "headers=\"host (request-target) date\",signature=\"" + CAVAGE_C2_SIGNATURE + "\"");

        assertFalse(CavageSignatures.verify(reordered, signingString(reordered), PUBLIC_KEY));
    }

    @Test
    void hs2019_label_verifies_the_same_rsa_signature() throws Exception {
        SignatureHeader header = SignatureHeader.parse("keyId=\"Test\",algorithm=\"hs2019\","
                + "headers=\"(request-target) host date\",signature=\"" + CAVAGE_C2_SIGNATURE + "\"");

        assertTrue(CavageSignatures.verify(header, signingString(header), PUBLIC_KEY));
    }
}
