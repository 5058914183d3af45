package org.bureaucrathackers.fellowship.signature;

import java.math.BigDecimal;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The part of RFC 8941 structured fields that RFC 9421 and RFC 9530 need: dictionaries whose members are items or
 * inner lists, with parameters; bare items of every type. Bounded in members, list items and parameters, and
 * stricter than the RFC in one way: a repeated dictionary or parameter key is refused instead of overwritten, so
 * that no two readers can disagree on what was signed. Here: the value types and their canonical serialisation;
 * {@link StructuredFieldParser} reads them.
 */
final class StructuredFields {

    static final int MAX_MEMBERS = 32;

    private StructuredFields() {
    }

    /** A token bare item (kept apart from strings because it serialises without quotes). */
    record Token(String text) {
    }

    /** A dictionary member: an item or an inner list, each with its parameters. */
    sealed interface Member permits Item, InnerList {
        Map<String, Object> params();
    }

    /** A bare item (Long, BigDecimal, String, Token, byte[] or Boolean) with its parameters. */
    record Item(Object value, Map<String, Object> params) implements Member {
    }

    record InnerList(List<Item> items, Map<String, Object> params) implements Member {
    }

    static final class ParseException extends Exception {
        ParseException(String message) {
            super(message, null, false, false);
        }
    }

    static Map<String, Member> parseDictionary(String text) throws ParseException {
        StructuredFieldParser parser = new StructuredFieldParser(text);
        Map<String, Member> members = parser.dictionary();
        return Collections.unmodifiableMap(members);
    }

    /** The canonical serialisation of an inner list with its parameters, as {@code @signature-params} uses. */
    static String serialize(InnerList list) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < list.items().size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            Item item = list.items().get(i);
            appendBareItem(out, item.value());
            appendParams(out, item.params());
        }
        out.append(')');
        appendParams(out, list.params());
        return out.toString();
    }

    static String serializeBareItem(Object value) {
        StringBuilder out = new StringBuilder();
        appendBareItem(out, value);
        return out.toString();
    }

    private static void appendParams(StringBuilder out, Map<String, Object> params) {
        for (Map.Entry<String, Object> param : params.entrySet()) {
            out.append(';').append(param.getKey());
            if (!Boolean.TRUE.equals(param.getValue())) {
                out.append('=');
                appendBareItem(out, param.getValue());
            }
        }
    }

    private static void appendBareItem(StringBuilder out, Object value) {
        if (value instanceof Long number) {
            out.append(number);
        } else if (value instanceof BigDecimal decimal) {
            BigDecimal rounded = decimal.setScale(Math.min(3, Math.max(1, decimal.stripTrailingZeros().scale())),
                    java.math.RoundingMode.HALF_EVEN);
            out.append(rounded.toPlainString());
        } else if (value instanceof String string) {
            out.append('"');
            for (int i = 0; i < string.length(); i++) {
                char c = string.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\');
                }
                out.append(c);
            }
            out.append('"');
        } else if (value instanceof Token token) {
            out.append(token.text());
        } else if (value instanceof byte[] bytes) {
            out.append(':').append(Base64.getEncoder().encodeToString(bytes)).append(':');
        } else if (value instanceof Boolean bool) {
            out.append(bool ? "?1" : "?0");
        } else {
            throw new IllegalArgumentException("not a structured field bare item: " + value);
        }
    }
}
