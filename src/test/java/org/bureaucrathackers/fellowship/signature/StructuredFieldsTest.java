package org.bureaucrathackers.fellowship.signature;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructuredFieldsTest {

    @Test
    void a_signature_input_dictionary_round_trips() throws Exception {
        String input = "sig1=(\"@method\" \"@target-uri\" \"content-digest\");created=1618884473"
                + ";keyid=\"https://remote.example/users/alice#main-key\";alg=\"rsa-v1_5-sha256\"";

        Map<String, StructuredFields.Member> members = StructuredFields.parseDictionary(input);

        StructuredFields.InnerList list = (StructuredFields.InnerList) members.get("sig1");
        assertEquals(List.of("@method", "@target-uri", "content-digest"),
                list.items().stream().map(StructuredFields.Item::value).toList());
        assertEquals(1618884473L, list.params().get("created"));
        assertEquals(input, "sig1=" + StructuredFields.serialize(list));
    }

    @Test
    void every_bare_item_type_is_read() throws Exception {
        Map<String, StructuredFields.Member> members = StructuredFields.parseDictionary(
                "a=-12, b=3.25, c=\"x\\\"y\", d=tok/en:1, e=:aGVsbG8=:, f=?0, g");

        assertEquals(-12L, ((StructuredFields.Item) members.get("a")).value());
        assertEquals(new BigDecimal("3.25"), ((StructuredFields.Item) members.get("b")).value());
        assertEquals("x\"y", ((StructuredFields.Item) members.get("c")).value());
        assertEquals(new StructuredFields.Token("tok/en:1"), ((StructuredFields.Item) members.get("d")).value());
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII),
                (byte[]) ((StructuredFields.Item) members.get("e")).value());
        assertEquals(Boolean.FALSE, ((StructuredFields.Item) members.get("f")).value());
        assertEquals(Boolean.TRUE, ((StructuredFields.Item) members.get("g")).value());
    }

    @Test
    void canonical_serialisation_drops_extra_spaces_inside_lists() throws Exception {
        StructuredFields.InnerList list = (StructuredFields.InnerList) StructuredFields
                .parseDictionary("sig1=(  \"a\"   \"b\" );created=1").get("sig1");

        assertEquals("(\"a\" \"b\");created=1", StructuredFields.serialize(list));
    }

    @Test
    void a_repeated_key_is_refused_rather_than_overwritten() {
        assertThrows(StructuredFields.ParseException.class,
                () -> StructuredFields.parseDictionary("sig1=(\"@method\");created=1, sig1=();created=2"));
        assertThrows(StructuredFields.ParseException.class,
                () -> StructuredFields.parseDictionary("sig1=();created=1;created=2"));
    }

    @Test
    void malformed_input_is_refused() {
        for (String text : List.of("", "Sig=1", "a=(\"x\"", "a=\"unterminated", "a=1,", "a=1 b=2", "a=:not base64!:",
                "a=1234567890123456", "a=1.2345", "a=\"tab\there\"", "a=?2", "a=(\"x\"\"y\")", "a=@")) {
            assertThrows(StructuredFields.ParseException.class, () -> StructuredFields.parseDictionary(text), text);
        }
    }

    @Test
    void more_than_32_members_are_refused() {
        StringBuilder text = new StringBuilder("k0=1");
        for (int i = 1; i <= 32; i++) {
            text.append(", k").append(i).append("=1");
        }
        assertThrows(StructuredFields.ParseException.class, () -> StructuredFields.parseDictionary(text.toString()));
    }
}
