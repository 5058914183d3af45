package org.bureaucrathackers.fellowship.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import org.junit.jupiter.api.Test;

/** RFC 8785 (https://www.rfc-editor.org/rfc/rfc8785): the examples of sections 3.2.2, 3.2.3 and Appendix B. */
class JcsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void the_rfc_example_document_is_canonicalized_as_the_rfc_prints_it() throws Exception {
        String input = """
                {
                  "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
                  "string": "\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\"\\/",
                  "literals": [null, true, false]
                }
                """;
        assertEquals("{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
                        + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}",
                Jcs.canonicalString(MAPPER.readTree(input)));
    }

    @Test
    void members_are_sorted_by_utf16_code_units() throws Exception {
        String input = """
                {
                  "\\u20ac": "Euro Sign",
                  "\\r": "Carriage Return",
                  "\\ufb33": "Hebrew Letter Dalet With Dagesh",
                  "1": "One",
                  "\\ud83d\\ude00": "Emoji: Grinning Face",
                  "\\u0080": "Control",
                  "\\u00f6": "Latin Small Letter O With Diaeresis"
                }
                """;
        assertEquals("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
                        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
                        + "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
                Jcs.canonicalString(MAPPER.readTree(input)));
    }

    @Test
    void numbers_are_printed_as_ecmascript_prints_them() {
        String[][] cases = {
                {"0000000000000000", "0"},
                {"8000000000000000", "0"},
                {"0000000000000001", "5e-324"},
                {"8000000000000001", "-5e-324"},
                {"7fefffffffffffff", "1.7976931348623157e+308"},
                {"ffefffffffffffff", "-1.7976931348623157e+308"},
                {"4340000000000000", "9007199254740992"},
                {"c340000000000000", "-9007199254740992"},
                {"4430000000000000", "295147905179352830000"},
                {"44b52d02c7e14af5", "9.999999999999997e+22"},
                {"44b52d02c7e14af6", "1e+23"},
                {"44b52d02c7e14af7", "1.0000000000000001e+23"},
                {"444b1ae4d6e2ef4e", "999999999999999700000"},
                {"444b1ae4d6e2ef4f", "999999999999999900000"},
                {"444b1ae4d6e2ef50", "1e+21"},
                {"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"},
                {"3eb0c6f7a0b5ed8d", "0.000001"},
                {"41b3de4355555553", "333333333.3333332"},
                {"41b3de4355555554", "333333333.33333325"},
                {"41b3de4355555555", "333333333.3333333"},
                {"41b3de4355555556", "333333333.3333334"},
                {"41b3de4355555557", "333333333.33333343"},
                {"becbf647612f3696", "-0.0000033333333333333333"},
                {"43143ff3c1cb0959", "1424953923781206.2"},
        };
        for (String[] c : cases) {
            double value = Double.longBitsToDouble(Long.parseUnsignedLong(c[0], 16));
            assertEquals(c[1], Jcs.canonicalString(DoubleNode.valueOf(value)), c[0]);
        }
    }

    @Test
    void non_finite_numbers_have_no_canonical_form() {
        assertThrows(IllegalArgumentException.class, () -> Jcs.canonicalString(DoubleNode.valueOf(Double.NaN)));
        assertThrows(IllegalArgumentException.class,
                () -> Jcs.canonicalString(DoubleNode.valueOf(Double.POSITIVE_INFINITY)));
    }

    @Test
    void control_characters_are_escaped_in_lowercase_hex_and_nothing_else_is() throws Exception {
        assertEquals("\"\\u001f\\t<\u2028>/\"",
                Jcs.canonicalString(MAPPER.readTree("\"\\u001F\\t\\u003c\\u2028\\u003e\\/\"")));
    }
}
