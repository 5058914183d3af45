package org.bureaucrathackers.fellowship.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads ActivityStreams values the many ways servers write them (a value or an array of values; an IRI
 * or an object with an id), returning null rather than failing when a value is unusable.
 */
final class LenientJson {

    static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_DATE_LENGTH = 64;

    private LenientJson() {
    }

    /** A string, cut to at most {@code max} characters (never inside a surrogate pair); else null. */
    static String text(JsonNode node, int max) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        return truncate(node.textValue(), max);
    }

    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }

    /** A non-blank string of at most {@code max} characters, kept whole: identifiers are never cut. */
    static String identifier(JsonNode node, int max) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String value = node.textValue().strip();
        return value.isEmpty() || value.length() > max ? null : value;
    }

    /** An absolute http(s) URL given as a string or as an object's {@code id}; else null. */
    static String httpUrl(JsonNode node) {
        if (node != null && node.isObject()) {
            node = node.get("id");
        }
        if (node == null || !node.isTextual()) {
            return null;
        }
        return isHttpUrl(node.textValue()) ? node.textValue() : null;
    }

    static boolean isHttpUrl(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The first {@code max} values of an array, or the single value itself, or nothing. */
    static List<JsonNode> items(JsonNode node, int max) {
        List<JsonNode> items = new ArrayList<>();
        if (node == null || node.isNull() || node.isMissingNode()) {
            return items;
        }
        if (!node.isArray()) {
            items.add(node);
            return items;
        }
        for (JsonNode item : node) {
            if (items.size() == max) {
                break;
            }
            items.add(item);
        }
        return items;
    }

    static Boolean bool(JsonNode node) {
        return node != null && node.isBoolean() ? node.booleanValue() : null;
    }

    /** An ISO 8601 timestamp; one without an offset is taken as UTC (Pleroma sends those). */
    static Instant instant(JsonNode node) {
        String text = identifier(node, MAX_DATE_LENGTH);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException offsetMissing) {
            try {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    /** The {@code type} values (string or array), at most {@code max} of them. */
    static List<String> types(JsonNode node, int max) {
        List<String> types = new ArrayList<>();
        for (JsonNode item : items(node, max)) {
            if (item.isTextual()) {
                types.add(item.textValue());
            }
        }
        return types;
    }

    /** True when {@code type} names {@code local} bare, with a prefix ({@code schema:X}) or as a full IRI. */
    static boolean isType(String type, String local) {
        if (type.equals(local)) {
            return true;
        }
        if (!type.endsWith(local) || type.length() == local.length()) {
            return false;
        }
        char before = type.charAt(type.length() - local.length() - 1);
        return before == ':' || before == '#' || before == '/';
    }
}
