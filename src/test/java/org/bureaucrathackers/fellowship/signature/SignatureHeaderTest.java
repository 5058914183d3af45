package org.bureaucrathackers.fellowship.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignatureHeaderTest {

    private static final String KEY_ID = "https://remote.example/users/alice#main-key";

    private static void assertMalformed(String value, String reason) {
        SignatureFailure failure = assertThrows(SignatureFailure.class, () -> SignatureHeader.parse(value));
        assertEquals(400, failure.status());
        assertTrue(failure.reason().contains(reason), failure.reason());
    }

    @Test
    void mastodon_header_is_read_in_full() throws Exception {
        SignatureHeader header = SignatureHeader.parse("keyId=\"" + KEY_ID + "\",algorithm=\"rsa-sha256\","
                + "headers=\"(request-target) host date digest content-type\",signature=\"c2lnbmF0dXJl\"");

        assertEquals(KEY_ID, header.keyId());
        assertEquals("rsa-sha256", header.algorithm());
        assertEquals(List.of("(request-target)", "host", "date", "digest", "content-type"), header.headers());
        assertEquals("c2lnbmF0dXJl", header.signature());
        assertNull(header.created());
    }

    @Test
    void whitespace_around_separators_and_a_legacy_prefix_are_tolerated() throws Exception {
        SignatureHeader header = SignatureHeader.parse("Signature keyId = \"" + KEY_ID + "\" ,\talgorithm=hs2019 , "
                + "headers=\"(request-target)  Host date\", signature=\"c2ln\"");

        assertEquals("hs2019", header.algorithm());
        assertEquals(List.of("(request-target)", "host", "date"), header.headers());
    }

    @Test
    void absent_algorithm_means_hs2019_covering_created() throws Exception {
        SignatureHeader header = SignatureHeader.parse("keyId=\"" + KEY_ID + "\",created=1700000000,"
                + "signature=\"c2ln\"");

        assertEquals("hs2019", header.effectiveAlgorithm());
        assertEquals(List.of("(created)"), header.headers());
        assertEquals(1700000000L, header.created());
    }

    @Test
    void rsa_sha256_without_headers_covers_date() throws Exception {
        SignatureHeader header = SignatureHeader.parse("keyId=\"" + KEY_ID + "\",algorithm=\"rsa-sha256\","
                + "signature=\"c2ln\"");

        assertEquals(List.of("date"), header.headers());
    }

    @Test
    void a_fractional_expires_is_read_in_whole_seconds() throws Exception {
        SignatureHeader header = SignatureHeader.parse("keyId=\"" + KEY_ID + "\",created=1700000000,"
                + "expires=1700000300.5,signature=\"c2ln\"");

        assertEquals(1700000300L, header.expires());
    }

    @Test
    void an_escaped_quote_inside_a_value_is_unescaped() throws Exception {
        SignatureHeader header = SignatureHeader.parse("keyId=\"a\\\"b\",signature=\"c2ln\"");

        assertEquals("a\"b", header.keyId());
    }

    @Test
    void format_reads_back_to_the_same_header() throws Exception {
        SignatureHeader header = new SignatureHeader(KEY_ID, "hs2019", List.of("(request-target)", "(created)"),
                "c2ln", 1700000000L, 1700000300L);

        assertEquals(header, SignatureHeader.parse(header.format()));
    }

    @Test
    void a_repeated_parameter_is_refused() {
        assertMalformed("keyId=\"a\",keyId=\"b\",signature=\"c2ln\"", "repeats parameter keyId");
    }

    @Test
    void a_header_listed_twice_is_refused() {
        assertMalformed("keyId=\"a\",headers=\"date Date\",signature=\"c2ln\"", "lists date twice");
    }

    @Test
    void missing_key_id_or_signature_is_refused() {
        assertMalformed("signature=\"c2ln\"", "no keyId");
        assertMalformed("keyId=\"a\"", "no signature");
        assertMalformed("keyId=\"\",signature=\"c2ln\"", "no keyId");
    }

    @Test
    void broken_syntax_is_refused() {
        assertMalformed("keyId=\"a,signature=\"c2ln\"", "expected ','");
        assertMalformed("signature=\"c2ln\",keyId=\"a", "unterminated");
        assertMalformed("keyId=\"a\" signature=\"c2ln\"", "expected ','");
        assertMalformed("keyId,signature=\"c2ln\"", "has no value");
        assertMalformed("keyId=\"a\",,signature=\"c2ln\"", "expected a parameter name");
        assertMalformed("keyId=\"a\",signature=\"c2ln\",", "expected a parameter name");
        assertMalformed("keyId=\"a\",created=soon,signature=\"c2ln\"", "created is not a number");
    }

    @Test
    void too_many_parameters_or_headers_are_refused() {
        StringBuilder params = new StringBuilder("keyId=\"a\",signature=\"c2ln\"");
        for (int i = 0; i < 40; i++) {
            params.append(",p").append(i).append("=x");
        }
        assertMalformed(params.toString(), "more than 32 parameters");

        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            headers.append("x-h").append(i).append(' ');
        }
        assertMalformed("keyId=\"a\",headers=\"" + headers + "\",signature=\"c2ln\"", "more than 32 headers");
    }

    @Test
    void an_empty_header_is_a_missing_signature() {
        SignatureFailure failure = assertThrows(SignatureFailure.class, () -> SignatureHeader.parse(" "));
        assertEquals(401, failure.status());
    }
}
