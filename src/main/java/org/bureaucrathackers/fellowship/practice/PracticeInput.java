package org.bureaucrathackers.fellowship.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.post.Hashtags;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.Status;

/**
 * Reads a practice record from its JSON (snake_case fields, as the API and the command line take it) and holds it
 * to its bounds. Strict input (a fellow's) is refused at the first fault, naming the field; lenient input (another
 * server's, or what is stored) drops the faulty parts instead, and only a missing or faulty title drops it all.
 * Unknown fields are ignored, so a practice as the API answers it can be sent back as an edit.
 */
public final class PracticeInput {

    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}$");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final boolean lenient;

    private PracticeInput(boolean lenient) {
        this.lenient = lenient;
    }

    /** Refuses faulty input with an {@link InvalidPracticeException}. */
    public static PracticeInput strict() {
        return new PracticeInput(false);
    }

    /** Drops faulty parts. */
    public static PracticeInput lenient() {
        return new PracticeInput(true);
    }

    /** @throws InvalidPracticeException (strict, or a missing title when lenient) */
    public PracticeRequest request(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidPracticeException("practice", "must be a JSON object");
        }
        Status.Visibility visibility = optional("visibility", () -> {
            String word = text(json, "visibility", Bounds.LABEL);
            try {
                return word == null ? null : Status.Visibility.parse(word);
            } catch (InvalidPostException e) {
                throw new InvalidPracticeException("visibility", "must be public, unlisted, followers or direct");
            }
        });
        List<String> media = list(json, "media_ids", Bounds.MEDIA, (node, field) -> bounded(node, field, Bounds.MEDIA_ID));
        return new PracticeRequest(content(json), visibility, media);
    }

    /** @throws InvalidPracticeException (strict, or a missing title when lenient) */
    public PracticeContent content(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidPracticeException("practice", "must be a JSON object");
        }
        String title = text(json, "title", Bounds.TITLE);
        if (title == null) {
            throw new InvalidPracticeException("title", "is required");
        }
        return new PracticeContent(title,
                optional("summary", () -> text(json, "summary", Bounds.SUMMARY)),
                optional("problem", () -> text(json, "problem", Bounds.LONG_TEXT)),
                list(json, "rules", Bounds.RULES, this::rule),
                distinct(list(json, "hack_kinds", Bounds.HACK_KINDS,
                        (node, field) -> word(node, field, Vocabulary.HACK_KINDS))),
                optional("what_changed", () -> text(json, "what_changed", Bounds.LONG_TEXT)),
                list(json, "outcomes", Bounds.OUTCOMES, this::outcome),
                optional("stage", () -> json.has("stage") ? word(json.get("stage"), "stage", Vocabulary.STAGES) : null),
                optional("country", () -> country(json)),
                optional("government_level", () -> text(json, "government_level", Bounds.LABEL)),
                optional("organisation", () -> text(json, "organisation", Bounds.ORGANISATION)),
                optional("organisation_type", () -> text(json, "organisation_type", Bounds.LABEL)),
                optional("sector", () -> text(json, "sector", Bounds.LABEL)),
                distinct(list(json, "themes", Bounds.THEMES, PracticeInput::theme)),
                optional("next_steps", () -> text(json, "next_steps", Bounds.LONG_TEXT)),
                optional("help_wanted", () -> text(json, "help_wanted", Bounds.LONG_TEXT)),
                distinct(list(json, "coauthors", Bounds.COAUTHORS, (node, field) -> bounded(node, field, Bounds.URL))),
                distinct(list(json, "adapted_from", Bounds.ADAPTED_FROM, PracticeInput::url)),
                optional("community", () -> text(json, "community", Bounds.URL)),
                optional("language", () -> language(json.get("language"), "language")),
                translations(json),
                optional("licence", () -> text(json, "licence", Bounds.LICENCE)));
    }

    private Rule rule(JsonNode node, String field) {
        requireObject(node, field);
        String name = text(node, "name", Bounds.SHORT_TEXT, field + ".name");
        if (name == null) {
            throw new InvalidPracticeException(field + ".name", "is required");
        }
        return new Rule(name,
                optional(field + ".identifier", () -> text(node, "identifier", Bounds.SHORT_TEXT, field + ".identifier")),
                optional(field + ".jurisdiction", () -> text(node, "jurisdiction", Bounds.LABEL, field + ".jurisdiction")),
                optional(field + ".url", () -> node.hasNonNull("url") ? url(node.get("url"), field + ".url") : null));
    }

    private Outcome outcome(JsonNode node, String field) {
        requireObject(node, field);
        String indicator = text(node, "indicator", Bounds.SHORT_TEXT, field + ".indicator");
        if (indicator == null) {
            throw new InvalidPracticeException(field + ".indicator", "is required");
        }
        String value = decimal(node.get("value"), field + ".value");
        if (value == null) {
            throw new InvalidPracticeException(field + ".value", "is required");
        }
        String unit = optional(field + ".unit", () -> text(node, "unit", Bounds.UNIT, field + ".unit"));
        String currency = optional(field + ".currency", () -> currency(node.get("currency"), field + ".currency"));
        if (unit != null && currency != null) {
            throw new InvalidPracticeException(field + ".unit", "give a unit or a currency, not both");
        }
        return new Outcome(indicator, value, unit, currency,
                optional(field + ".baseline", () -> text(node, "baseline", Bounds.LABEL, field + ".baseline")),
                optional(field + ".method", () -> text(node, "method", Bounds.METHOD, field + ".method")),
                optional(field + ".evidence_level", () -> node.hasNonNull("evidence_level")
                        ? word(node.get("evidence_level"), field + ".evidence_level", Vocabulary.EVIDENCE_LEVELS) : null),
                optional(field + ".source", () -> text(node, "source", Bounds.URL, field + ".source")));
    }

    private Map<String, Translation> translations(JsonNode json) {
        JsonNode node = json.get("translations");
        Map<String, Translation> result = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isObject()) {
            optional("translations", () -> {
                throw new InvalidPracticeException("translations", "must map languages to {title, summary, story}");
            });
            return result;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            if (result.size() == Bounds.TRANSLATIONS) {
                optional("translations", () -> {
                    throw new InvalidPracticeException("translations", "at most " + Bounds.TRANSLATIONS + " languages");
                });
                break;
            }
            String field = "translations." + abbreviate(entry.getKey());
            optional(field, () -> {
                String language = language(TextNode.valueOf(entry.getKey()), field);
                JsonNode value = entry.getValue();
                requireObject(value, field);
                String title = text(value, "title", Bounds.TITLE, field + ".title");
                if (title == null) {
                    throw new InvalidPracticeException(field + ".title", "is required");
                }
                result.put(language, new Translation(title, text(value, "summary", Bounds.SUMMARY, field + ".summary"),
                        text(value, "story", Bounds.LONG_TEXT, field + ".story")));
                return null;
            });
        }
        return result;
    }

    /** Runs {@code read}; a lenient reader takes a fault as absence. */
    private <T> T optional(String field, Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidPracticeException e) {
            if (lenient) {
                return null;
            }
            throw e;
        }
    }

    private interface Element<T> {
        T read(JsonNode node, String field);
    }

    private <T> List<T> list(JsonNode json, String name, int max, Element<T> element) {
        JsonNode node = json.get(name);
        List<T> result = new ArrayList<>();
        if (node == null || node.isNull()) {
            return result;
        }
        if (!node.isArray()) {
            optional(name, () -> {
                throw new InvalidPracticeException(name, "must be a list");
            });
            return result;
        }
        if (node.size() > max && !lenient) {
            throw new InvalidPracticeException(name, "at most " + max + " items");
        }
        for (int i = 0; i < node.size() && result.size() < max; i++) {
            String field = name + "[" + i + "]";
            JsonNode item = node.get(i);
            T value = optional(field, () -> element.read(item, field));
            if (value != null) {
                result.add(value);
            }
        }
        return result;
    }

    private static <T> List<T> distinct(List<T> items) {
        return List.copyOf(new LinkedHashSet<>(items));
    }

    private static String text(JsonNode json, String name, int max) {
        return text(json, name, max, name);
    }

    /** Stripped text, null when absent or blank; a number is taken as its text. */
    private static String text(JsonNode json, String name, int max, String field) {
        JsonNode node = json.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return bounded(node, field, max);
    }

    private static String bounded(JsonNode node, String field, int max) {
        if (!node.isTextual() && !node.isNumber()) {
            throw new InvalidPracticeException(field, "must be text");
        }
        String text = node.asText().strip();
        if (text.length() > max) {
            throw new InvalidPracticeException(field, "at most " + max + " characters");
        }
        return text.isEmpty() ? null : text;
    }

    private static String word(JsonNode node, String field, List<String> words) {
        String text = bounded(node, field, Bounds.LABEL);
        String word = text == null ? null : text.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        if (word == null || !words.contains(word)) {
            throw new InvalidPracticeException(field, "must be one of " + String.join(", ", words));
        }
        return word;
    }

    private static String theme(JsonNode node, String field) {
        String text = bounded(node, field, Hashtags.MAX_LENGTH + 1);
        String name = text == null ? null : Hashtags.normalize(text.startsWith("#") ? text.substring(1) : text);
        if (name == null) {
            throw new InvalidPracticeException(field, "is not a hashtag (letters, digits and _ only)");
        }
        return name;
    }

    private static String url(JsonNode node, String field) {
        String text = bounded(node, field, Bounds.URL);
        String lower = text == null ? "" : text.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || text.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidPracticeException(field, "must be an http(s) URL");
        }
        return text;
    }

    private static String decimal(JsonNode node, String field) {
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

    private static String currency(JsonNode node, String field) {
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

    private static String country(JsonNode json) {
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

    private static String language(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return null;
        }
        String text = bounded(node, field, Bounds.LANGUAGE);
        if (text != null && !LANGUAGE.matcher(text).matches()) {
            throw new InvalidPracticeException(field, "must be a language tag such as en or pt-BR");
        }
        return text;
    }

    private static void requireObject(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new InvalidPracticeException(field, "must be an object");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
