package org.bureaucrathackers.fellowship.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.Status;

/**
 * Reads a practice record from its JSON (snake_case fields, as the API and the command line take it) and holds it
 * to its bounds. Strict input (a fellow's) is refused at the first fault, naming the field; lenient input (another
 * server's, or what is stored) drops the faulty parts instead, and only a missing or faulty title drops it all.
 * Unknown fields are ignored, so a practice as the API answers it can be sent back as an edit.
 */
public final class PracticeInput {

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
            String word = Fields.text(json, "visibility", Bounds.LABEL);
            try {
                return word == null ? null : Status.Visibility.parse(word);
            } catch (InvalidPostException e) {
                throw new InvalidPracticeException("visibility", "must be public, unlisted, followers or direct");
            }
        });
        List<String> media = list(json, "media_ids", Bounds.MEDIA, (node, field) -> Fields.bounded(node, field, Bounds.MEDIA_ID));
        return new PracticeRequest(content(json), visibility, media);
    }

    /** @throws InvalidPracticeException (strict, or a missing title when lenient) */
    public PracticeContent content(JsonNode json) {
        if (json == null || !json.isObject()) {
            throw new InvalidPracticeException("practice", "must be a JSON object");
        }
        String title = Fields.text(json, "title", Bounds.TITLE);
        if (title == null) {
            throw new InvalidPracticeException("title", "is required");
        }
        return new PracticeContent(title,
                optional("summary", () -> Fields.text(json, "summary", Bounds.SUMMARY)),
                optional("problem", () -> Fields.text(json, "problem", Bounds.LONG_TEXT)),
                list(json, "rules", Bounds.RULES, this::rule),
                distinct(list(json, "hack_kinds", Bounds.HACK_KINDS,
                        (node, field) -> Fields.word(node, field, Vocabulary.HACK_KINDS))),
                optional("what_changed", () -> Fields.text(json, "what_changed", Bounds.LONG_TEXT)),
                list(json, "outcomes", Bounds.OUTCOMES, this::outcome),
                optional("stage", () -> json.has("stage") ? Fields.word(json.get("stage"), "stage", Vocabulary.STAGES) : null),
                optional("country", () -> Fields.country(json)),
                optional("government_level", () -> Fields.text(json, "government_level", Bounds.LABEL)),
                optional("organisation", () -> Fields.text(json, "organisation", Bounds.ORGANISATION)),
                optional("organisation_type", () -> Fields.text(json, "organisation_type", Bounds.LABEL)),
                optional("sector", () -> Fields.text(json, "sector", Bounds.LABEL)),
                distinct(list(json, "themes", Bounds.THEMES, Fields::theme)),
                optional("next_steps", () -> Fields.text(json, "next_steps", Bounds.LONG_TEXT)),
                optional("help_wanted", () -> Fields.text(json, "help_wanted", Bounds.LONG_TEXT)),
                distinct(list(json, "coauthors", Bounds.COAUTHORS, (node, field) -> Fields.bounded(node, field, Bounds.URL))),
                distinct(list(json, "adapted_from", Bounds.ADAPTED_FROM, Fields::url)),
                optional("community", () -> Fields.text(json, "community", Bounds.URL)),
                optional("language", () -> Fields.language(json.get("language"), "language")),
                translations(json),
                optional("licence", () -> Fields.text(json, "licence", Bounds.LICENCE)));
    }

    private Rule rule(JsonNode node, String field) {
        Fields.requireObject(node, field);
        String name = Fields.text(node, "name", Bounds.SHORT_TEXT, field + ".name");
        if (name == null) {
            throw new InvalidPracticeException(field + ".name", "is required");
        }
        return new Rule(name,
                optional(field + ".identifier", () -> Fields.text(node, "identifier", Bounds.SHORT_TEXT, field + ".identifier")),
                optional(field + ".jurisdiction", () -> Fields.text(node, "jurisdiction", Bounds.LABEL, field + ".jurisdiction")),
                optional(field + ".url", () -> node.hasNonNull("url") ? Fields.url(node.get("url"), field + ".url") : null));
    }

    private Outcome outcome(JsonNode node, String field) {
        Fields.requireObject(node, field);
        String indicator = Fields.text(node, "indicator", Bounds.SHORT_TEXT, field + ".indicator");
        if (indicator == null) {
            throw new InvalidPracticeException(field + ".indicator", "is required");
        }
        String value = Fields.decimal(node.get("value"), field + ".value");
        if (value == null) {
            throw new InvalidPracticeException(field + ".value", "is required");
        }
        String unit = optional(field + ".unit", () -> Fields.text(node, "unit", Bounds.UNIT, field + ".unit"));
        String currency = optional(field + ".currency", () -> Fields.currency(node.get("currency"), field + ".currency"));
        if (unit != null && currency != null) {
            throw new InvalidPracticeException(field + ".unit", "give a unit or a currency, not both");
        }
        return new Outcome(indicator, value, unit, currency,
                optional(field + ".baseline", () -> Fields.text(node, "baseline", Bounds.LABEL, field + ".baseline")),
                optional(field + ".method", () -> Fields.text(node, "method", Bounds.METHOD, field + ".method")),
                optional(field + ".evidence_level", () -> node.hasNonNull("evidence_level")
                        ? Fields.word(node.get("evidence_level"), field + ".evidence_level", Vocabulary.EVIDENCE_LEVELS) : null),
                optional(field + ".source", () -> Fields.text(node, "source", Bounds.URL, field + ".source")));
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
                String language = Fields.language(TextNode.valueOf(entry.getKey()), field);
                if (language == null) {
                    throw new InvalidPracticeException(field, "must be a language tag such as en or pt-BR");
                }
                JsonNode value = entry.getValue();
                Fields.requireObject(value, field);
                String title = Fields.text(value, "title", Bounds.TITLE, field + ".title");
                if (title == null) {
                    throw new InvalidPracticeException(field + ".title", "is required");
                }
                result.put(language, new Translation(title, Fields.text(value, "summary", Bounds.SUMMARY, field + ".summary"),
                        Fields.text(value, "story", Bounds.LONG_TEXT, field + ".story")));
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

    private static String abbreviate(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "…";
    }
}
