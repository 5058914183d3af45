package org.bureaucrathackers.fellowship.signature;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of RFC 8941 structured fields that RFC 9421 and RFC 9530 need: dictionaries whose members are items or
 * inner lists, with parameters; bare items of every type. Bounded in members, list items and parameters, and
 * stricter than the RFC in one way: a repeated dictionary or parameter key is refused instead of overwritten, so
 * that no two readers can disagree on what was signed.
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
        Parser parser = new Parser(text);
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

    private static final class Parser {

        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Map<String, Member> dictionary() throws ParseException {
            Map<String, Member> members = new LinkedHashMap<>();
            skipSpaces();
            if (atEnd()) {
                throw new ParseException("empty dictionary");
            }
            while (true) {
                String key = key();
                Member member;
                if (peek() == '=') {
                    pos++;
                    member = peek() == '(' ? innerList() : item();
                } else {
                    member = new Item(Boolean.TRUE, params());
                }
                if (members.putIfAbsent(key, member) != null) {
                    throw new ParseException("dictionary key '" + key + "' appears twice");
                }
                if (members.size() > MAX_MEMBERS) {
                    throw new ParseException("more than " + MAX_MEMBERS + " dictionary members");
                }
                skipOptionalWhitespace();
                if (atEnd()) {
                    return members;
                }
                expect(',');
                skipOptionalWhitespace();
                if (atEnd()) {
                    throw new ParseException("trailing comma");
                }
            }
        }

        private InnerList innerList() throws ParseException {
            expect('(');
            List<Item> items = new ArrayList<>();
            while (true) {
                skipSpaces();
                if (peek() == ')') {
                    pos++;
                    return new InnerList(List.copyOf(items), params());
                }
                items.add(item());
                if (items.size() > MAX_MEMBERS) {
                    throw new ParseException("more than " + MAX_MEMBERS + " inner list items");
                }
                char next = peek();
                if (next != ' ' && next != ')') {
                    throw new ParseException("inner list items must be separated by spaces");
                }
            }
        }

        private Item item() throws ParseException {
            Object value = bareItem();
            return new Item(value, params());
        }

        private Map<String, Object> params() throws ParseException {
            Map<String, Object> params = new LinkedHashMap<>();
            while (peek() == ';') {
                pos++;
                skipSpaces();
                String key = key();
                Object value = Boolean.TRUE;
                if (peek() == '=') {
                    pos++;
                    value = bareItem();
                }
                if (params.putIfAbsent(key, value) != null) {
                    throw new ParseException("parameter '" + key + "' appears twice");
                }
                if (params.size() > MAX_MEMBERS) {
                    throw new ParseException("more than " + MAX_MEMBERS + " parameters");
                }
            }
            return Collections.unmodifiableMap(params);
        }

        private String key() throws ParseException {
            char first = peek();
            if (!(isLowerAlpha(first) || first == '*')) {
                throw new ParseException("a key must start with a lowercase letter or '*' at " + pos);
            }
            int start = pos;
            while (!atEnd()) {
                char c = text.charAt(pos);
                if (isLowerAlpha(c) || isDigit(c) || c == '_' || c == '-' || c == '.' || c == '*') {
                    pos++;
                } else {
                    break;
                }
            }
            return text.substring(start, pos);
        }

        private Object bareItem() throws ParseException {
            char c = peek();
            if (c == '-' || isDigit(c)) {
                return number();
            }
            if (c == '"') {
                return string();
            }
            if (c == ':') {
                return byteSequence();
            }
            if (c == '?') {
                return bool();
            }
            if (isAlpha(c) || c == '*') {
                return token();
            }
            throw new ParseException("unexpected character at " + pos);
        }

        private Object number() throws ParseException {
            int start = pos;
            if (peek() == '-') {
                pos++;
            }
            int digitsStart = pos;
            int dot = -1;
            while (!atEnd()) {
                char c = text.charAt(pos);
                if (isDigit(c)) {
                    pos++;
                } else if (c == '.' && dot < 0) {
                    dot = pos;
                    pos++;
                } else {
                    break;
                }
            }
            String digits = text.substring(digitsStart, pos);
            if (digits.isEmpty() || !isDigit(digits.charAt(0))) {
                throw new ParseException("malformed number at " + start);
            }
            if (dot < 0) {
                if (digits.length() > 15) {
                    throw new ParseException("integer longer than 15 digits");
                }
                return Long.parseLong(text.substring(start, pos));
            }
            int integerDigits = dot - digitsStart;
            int fractionDigits = pos - dot - 1;
            if (integerDigits > 12 || fractionDigits < 1 || fractionDigits > 3) {
                throw new ParseException("malformed decimal at " + start);
            }
            return new BigDecimal(text.substring(start, pos));
        }

        private String string() throws ParseException {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (!atEnd()) {
                char c = text.charAt(pos++);
                if (c == '\\') {
                    if (atEnd()) {
                        break;
                    }
                    char escaped = text.charAt(pos++);
                    if (escaped != '"' && escaped != '\\') {
                        throw new ParseException("invalid escape in string");
                    }
                    out.append(escaped);
                } else if (c == '"') {
                    return out.toString();
                } else if (c < 0x20 || c > 0x7e) {
                    throw new ParseException("string holds a character outside printable ASCII");
                } else {
                    out.append(c);
                }
            }
            throw new ParseException("unterminated string");
        }

        private Token token() {
            int start = pos;
            pos++;
            while (!atEnd()) {
                char c = text.charAt(pos);
                if (isTokenChar(c) || c == ':' || c == '/') {
                    pos++;
                } else {
                    break;
                }
            }
            return new Token(text.substring(start, pos));
        }

        private byte[] byteSequence() throws ParseException {
            expect(':');
            int end = text.indexOf(':', pos);
            if (end < 0) {
                throw new ParseException("unterminated byte sequence");
            }
            String encoded = text.substring(pos, end);
            for (int i = 0; i < encoded.length(); i++) {
                char c = encoded.charAt(i);
                if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '/' || c == '=')) {
                    throw new ParseException("byte sequence is not base64");
                }
            }
            pos = end + 1;
            try {
                return Base64.getDecoder().decode(encoded);
            } catch (IllegalArgumentException e) {
                throw new ParseException("byte sequence is not base64");
            }
        }

        private Boolean bool() throws ParseException {
            expect('?');
            char c = peek();
            if (c == '1' || c == '0') {
                pos++;
                return c == '1';
            }
            throw new ParseException("malformed boolean");
        }

        private void expect(char c) throws ParseException {
            if (peek() != c) {
                throw new ParseException("expected '" + c + "' at " + pos);
            }
            pos++;
        }

        private char peek() {
            return atEnd() ? '\0' : text.charAt(pos);
        }

        private boolean atEnd() {
            return pos >= text.length();
        }

        private void skipSpaces() {
            while (!atEnd() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private void skipOptionalWhitespace() {
            while (!atEnd() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
                pos++;
            }
        }

        private static boolean isLowerAlpha(char c) {
            return c >= 'a' && c <= 'z';
        }

        private static boolean isAlpha(char c) {
            return isLowerAlpha(c) || (c >= 'A' && c <= 'Z');
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isTokenChar(char c) {
            return isAlpha(c) || isDigit(c) || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
        }
    }
}
