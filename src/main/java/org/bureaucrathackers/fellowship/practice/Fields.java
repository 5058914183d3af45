package org.bureaucrathackers.fellowship.practice;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.post.Hashtags;

/** Reads one value of a practice record, bounded and checked; a fault is an {@link InvalidPracticeException}. */
final class Fields {

    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private Fields() {
    }

    static String text(JsonNode json, String name, int max) {
        return text(json, name, max, name);
    }

    /** Stripped text, null when absent or blank; a number is taken as its text. */
    static String text(JsonNode json, String name, int max, String field) {
        JsonNode node = json.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return bounded(node, field, max);
    }

    static String bounded(JsonNode node, String field, int max) {
        if (!node.isTextual() && !node.isNumber()) {
            throw new InvalidPracticeException(field, "must be text");
        }
        String text = node.asText().strip();
        if (text.length() > max) {
            throw new InvalidPracticeException(field, "at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    static String word(JsonNode node, String field, List<String> words) {
        String text = bounded(node, field, Bounds.LABEL);
        String word = text == null ? null : text.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (word == null || !words.contains(word)) {
            throw new InvalidPracticeException(field, "must be one of " + String.join(", ", words));
        }
        return word;
    }

    static String theme(JsonNode node, String field) {
        String text = bounded(node, field, Hashtags.MAX_LENGTH + 1);
        String name = text == null ? null : Hashtags.normalize(text.startsWith("#") ? text.substring(1) : text);
        if (name == null) {
            throw new InvalidPracticeException(field, "is not a hashtag (letters, digits and _ only)");
        }
        return name;
    }

    static String url(JsonNode node, String field) {
        String text = bounded(node, field, Bounds.URL);
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidPracticeException(field, "must be an http(s) URL");
        }
        return text;
    }

    static String decimal(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = bounded(node, field, Bounds.DECIMAL);
        try {
            return text == null ? null : new BigDecimal(text).toPlainString();
        } catch (NumberFormatException e) {
            throw new InvalidPracticeException(field, "must be a decimal number such as 1250.5");
        }
    }

    static String currency(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = bounded(node, field, 3);
        try {
            return text == null ? null : Currency.getInstance(text.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new InvalidPracticeException(field, "must be an ISO 4217 currency code such as EUR");
        }
    }

    static String country(JsonNode json) {
        String text = text(json, "country", 2);
        if (text == null) {
            return null;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(code)) {
            throw new InvalidPracticeException("country", "must be an ISO 3166 two-letter code such as UA");
        }
        return code;
    }

    static String language(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = bounded(node, field, Bounds.LANGUAGE);
        if (text != null && !LANGUAGE.matcher(text).matches()) {
            throw new InvalidPracticeException(field, "must be a language tag such as en or pt-BR");
        }
        return text;
    }

    static void requireObject(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new InvalidPracticeException(field, "must be an object");
        }
    }
}
