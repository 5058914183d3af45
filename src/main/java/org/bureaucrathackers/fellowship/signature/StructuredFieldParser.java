package org.bureaucrathackers.fellowship.signature;

import static org.bureaucrathackers.fellowship.signature.StructuredFields.MAX_MEMBERS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.signature.StructuredFields.InnerList;
import org.bureaucrathackers.fellowship.signature.StructuredFields.Item;
import org.bureaucrathackers.fellowship.signature.StructuredFields.Member;
import org.bureaucrathackers.fellowship.signature.StructuredFields.ParseException;
import org.bureaucrathackers.fellowship.signature.StructuredFields.Token;

/**
 * Reads one structured-field dictionary (RFC 8941), character by character, refusing what {@link StructuredFields}
 * says it refuses: too many members, list items or parameters, and repeated keys. One instance reads one text.
 */
final class StructuredFieldParser {

    private final String text;
    private int pos;

    StructuredFieldParser(String text) {
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
