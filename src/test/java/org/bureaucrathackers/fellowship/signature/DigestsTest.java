package org.bureaucrathackers.fellowship.signature;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class DigestsTest {

    private static final byte[] BODY = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);
    private static final String SHA256 = "X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=";

    private static String sha512(byte[] body) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(body));
    }

    private static void assertRefused(int status, String reason, org.junit.jupiter.api.function.Executable check) {
        SignatureFailure failure = assertThrows(SignatureFailure.class, check);
        assertEquals(status, failure.status());
        assertTrue(failure.reason().contains(reason), failure.reason());
    }

    @Test
    void both_headers_carry_the_sha256_of_the_exact_bytes() {
        assertEquals("SHA-256=" + SHA256, Digests.digestHeader(BODY));
        assertEquals("sha-256=:" + SHA256 + ":", Digests.contentDigestHeader(BODY));
    }

    @Test
    void digest_names_are_case_insensitive_and_sha512_is_understood() throws Exception {
        assertDoesNotThrow(() -> Digests.verifyDigest("sha-256=" + SHA256, BODY));
        assertDoesNotThrow(() -> Digests.verifyDigest("SHA-512=" + sha512(BODY), BODY));
        assertDoesNotThrow(() -> Digests.verifyDigest("MD5=abc, SHA-256=" + SHA256, BODY));
    }

    @Test
    void content_digest_accepts_sha512_and_ignores_unknown_entries() throws Exception {
        String sha512 = sha512(BODY);
        assertDoesNotThrow(() -> Digests.verifyContentDigest("sha-512=:" + sha512 + ":", BODY));
        assertDoesNotThrow(() -> Digests.verifyContentDigest("unixsum=:AAAA:, sha-256=:" + SHA256 + ":", BODY));
    }

    @Test
    void a_digest_of_other_bytes_is_refused() {
        byte[] other = "{\"hello\": \"world\"} ".getBytes(StandardCharsets.UTF_8);
        assertRefused(401, "does not match the body", () -> Digests.verifyDigest("SHA-256=" + SHA256, other));
        assertRefused(401, "does not match the body",
                () -> Digests.verifyContentDigest("sha-256=:" + SHA256 + ":", other));
    }

    @Test
    void every_understood_digest_must_match() throws Exception {
        String wrong512 = sha512("other".getBytes(StandardCharsets.UTF_8));
        assertRefused(401, "sha-512 does not match",
                () -> Digests.verifyDigest("SHA-256=" + SHA256 + ",SHA-512=" + wrong512, BODY));
    }

    @Test
    void only_unknown_algorithms_are_refused() {
        assertRefused(401, "no supported algorithm", () -> Digests.verifyDigest("MD5=Sd/dVLAcvNLSq16eXua5uQ==", BODY));
        assertRefused(401, "no supported algorithm", () -> Digests.verifyContentDigest("md5=:AAAA:", BODY));
    }

    @Test
    void malformed_headers_are_refused_as_malformed() {
        assertRefused(400, "not algorithm=value", () -> Digests.verifyDigest("SHA-256", BODY));
        assertRefused(400, "not base64", () -> Digests.verifyDigest("SHA-256=%%%", BODY));
        assertRefused(400, "not a byte sequence", () -> Digests.verifyContentDigest("sha-256=\"" + SHA256 + "\"",
                BODY));
        assertRefused(400, "structured dictionary", () -> Digests.verifyContentDigest("sha-256=:" + SHA256, BODY));
    }

    @Test
    void oversized_headers_are_refused() {
        String padding = ", x-unknown=" + "A".repeat(1100);
        assertRefused(400, "longer than", () -> Digests.verifyDigest("SHA-256=" + SHA256 + padding, BODY));
        assertRefused(400, "longer than", () -> Digests.verifyContentDigest("sha-256=:" + SHA256 + ":" + padding,
                BODY));
    }

    @Test
    void a_missing_header_is_refused() {
        assertRefused(401, "missing", () -> Digests.verifyDigest(null, BODY));
        assertRefused(401, "missing", () -> Digests.verifyContentDigest("", BODY));
    }
}
