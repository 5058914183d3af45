package org.bureaucrathackers.fellowship.web.practice;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.practice.PracticeLimits;
import org.bureaucrathackers.fellowship.practice.Vocabulary;

/**
 * The practice form as a fellow filled it: every value as typed (so a refused form comes back as it was sent) and
 * the rows of its repeatable parts. It turns into the JSON the API takes, so the record's own reader checks it, and
 * turns that reader's field names back into the ids of the form's controls.
 */
public final class PracticeForm {

    /** Blank rows shown beyond the last filled one, so one more can be written without asking for it. */
    static final int BLANK_ROWS = 1;
    /**
     * Rows (and checked boxes) read beyond a part's bound: one, so an over-full part reaches the record's check and
     * is refused, while whatever more was sent is never read.
     */
    private static final int ROWS_READ_BEYOND_BOUND = 1;
    /** The translation languages the record names in its faults are cut to this length. */
    private static final int NAMED_LANGUAGE_LENGTH = 20;

    /** The single fields, by their names in the record (and in the form). */
    static final List<String> FIELDS = List.of("title", "summary", "problem", "what_changed", "stage", "country",
            "government_level", "organisation", "organisation_type", "sector", "themes", "next_steps", "help_wanted",
            "coauthors", "adapted_from", "community", "language", "licence", "visibility");
    /** Fields whose text is a list: themes and coauthors split at commas and spaces, sources at spaces. */
    private static final Pattern WORDS = Pattern.compile("[,\\s]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ROW_FIELD = Pattern.compile("^(rules|outcomes)\\[(\\d{1,4})\\](?:\\.([a-z_]+))?$");
    private static final Pattern TRANSLATION_FIELD = Pattern.compile("^translations\\.(.*?)(?:\\.(title|summary|story))?$");
    private static final Pattern LIST_FIELD = Pattern.compile("^(hack_kinds|themes|coauthors|adapted_from|rules|outcomes|translations)(\\[\\d{1,4}\\])?$");

    public record RuleRow(int index, String name, String identifier, String jurisdiction, String url) {
        boolean blank() {
            return allBlank(name, identifier, jurisdiction, url);
        }
    }

    public record OutcomeRow(int index, String indicator, String value, String unit, String currency,
                             String baseline, String method, String evidenceLevel, String source) {
        boolean blank() {
            return allBlank(indicator, value, unit, currency, baseline, method, evidenceLevel, source);
        }
    }

    public record TranslationRow(int index, String language, String title, String summary, String story) {
        boolean blank() {
            return allBlank(language, title, summary, story);
        }
    }

    private final Map<String, String> values;
    private final List<String> hackKinds;
    private final List<RuleRow> rules;
    private final List<OutcomeRow> outcomes;
    private final List<TranslationRow> translations;

    private PracticeForm(Map<String, String> values, List<String> hackKinds, List<RuleRow> rules,
                         List<OutcomeRow> outcomes, List<TranslationRow> translations) {
        this.values = values;
        this.hackKinds = List.copyOf(hackKinds);
        this.rules = List.copyOf(rules);
        this.outcomes = List.copyOf(outcomes);
        this.translations = List.copyOf(translations);
    }

    /** A new form: the practice in the reader's language, public, with one blank row of each part. */
    public static PracticeForm empty(String language) {
        Map<String, String> values = new HashMap<>();
        values.put("language", language);
        values.put("visibility", "public");
        return new PracticeForm(values, List.of(), rules(Map.of(), 0), outcomes(Map.of(), 0),
                translations(Map.of(), 0));
    }

    /** The form as posted; {@code more} names the part ("rules", "outcomes", "translations") to give a row more. */
    public static PracticeForm posted(Map<String, List<String>> params, String more) {
        Map<String, String> values = new HashMap<>();
        for (String field : FIELDS) {
            values.put(field, first(params, field));
        }
        values.put("adapted_query", first(params, "adapted_query"));
        List<String> kinds = params.getOrDefault("hack_kinds", List.of()).stream()
                .limit(Vocabulary.HACK_KINDS.size() + ROWS_READ_BEYOND_BOUND).toList();
        return new PracticeForm(values, kinds,
                rules(params, rows(params, "rules", PracticeLimits.RULES, more)),
                outcomes(params, rows(params, "outcomes", PracticeLimits.OUTCOMES, more)),
                translations(params, rows(params, "translations", PracticeLimits.TRANSLATIONS, more)));
    }

    /** The same form with {@code source} added to the practices it was adapted from (once). */
    public PracticeForm adaptedFrom(String source) {
        String current = value("adapted_from");
        List<String> sources = Arrays.asList(SPACES.split(current.strip()));
        if (source.isBlank() || sources.contains(source)) {
            return this;
        }
        Map<String, String> changed = new HashMap<>(values);
        changed.put("adapted_from", current.isBlank() ? source : current.strip() + "\n" + source);
        return new PracticeForm(changed, hackKinds, rules, outcomes, translations);
    }

    /** What was typed in {@code field}, "" when nothing. */
    public String value(String field) {
        String value = values.get(field);
        return value == null ? "" : value;
    }

    public boolean hasHackKind(String kind) {
        return hackKinds.contains(kind);
    }

    public List<RuleRow> rules() {
        return rules;
    }

    public List<OutcomeRow> outcomes() {
        return outcomes;
    }

    public List<TranslationRow> translations() {
        return translations;
    }

    public boolean canAddRule() {
        return rules.size() < PracticeLimits.RULES;
    }

    public boolean canAddOutcome() {
        return outcomes.size() < PracticeLimits.OUTCOMES;
    }

    public boolean canAddTranslation() {
        return translations.size() < PracticeLimits.TRANSLATIONS;
    }

    /** The record as the API takes it: blank fields and blank rows are left out. */
    public ObjectNode json() {
        ObjectNode json = Json.MAPPER.createObjectNode();
        for (String field : List.of("title", "summary", "problem", "what_changed", "stage", "country",
                "government_level", "organisation", "organisation_type", "sector", "next_steps", "help_wanted",
                "community", "language", "licence", "visibility")) {
            putText(json, field, value(field));
        }
        ArrayNode kinds = json.putArray("hack_kinds");
        hackKinds.forEach(kinds::add);
        putWords(json, "themes", WORDS);
        putWords(json, "coauthors", WORDS);
        putWords(json, "adapted_from", SPACES);
        ArrayNode ruleList = json.putArray("rules");
        for (RuleRow row : filledRules()) {
            ObjectNode rule = ruleList.addObject();
            putText(rule, "name", row.name());
            putText(rule, "identifier", row.identifier());
            putText(rule, "jurisdiction", row.jurisdiction());
            putText(rule, "url", row.url());
        }
        ArrayNode outcomeList = json.putArray("outcomes");
        for (OutcomeRow row : filledOutcomes()) {
            ObjectNode outcome = outcomeList.addObject();
            putText(outcome, "indicator", row.indicator());
            putText(outcome, "value", row.value());
            putText(outcome, "unit", row.unit());
            putText(outcome, "currency", row.currency());
            putText(outcome, "baseline", row.baseline());
            putText(outcome, "method", row.method());
            putText(outcome, "evidence_level", row.evidenceLevel());
            putText(outcome, "source", row.source());
        }
        ObjectNode translationMap = json.putObject("translations");
        for (TranslationRow row : translations) {
            if (!row.blank()) {
                ObjectNode translation = translationMap.putObject(row.language().strip());
                putText(translation, "title", row.title());
                putText(translation, "summary", row.summary());
                putText(translation, "story", row.story());
            }
        }
        return json;
    }

    /**
     * The id of the control (or group of controls) a fault of the record names, from its field name as the record's
     * reader gives it ({@code outcomes[1].unit}, {@code translations.fr.title}, {@code themes[2]}); empty when the
     * fault names nothing the form shows.
     */
    public Optional<String> controlId(String field) {
        Matcher row = ROW_FIELD.matcher(field);
        if (row.matches()) {
            String part = row.group(1);
            int index = Integer.parseInt(row.group(2));
            List<Integer> filled = part.equals("rules") ? filledRules().stream().map(RuleRow::index).toList()
                    : filledOutcomes().stream().map(OutcomeRow::index).toList();
            if (index >= filled.size()) {
                return Optional.of(part);
            }
            String sub = row.group(3) != null ? row.group(3) : part.equals("rules") ? "name" : "indicator";
            return Optional.of(part + "-" + filled.get(index) + "-" + sub);
        }
        Matcher list = LIST_FIELD.matcher(field);
        if (list.matches()) {
            return Optional.of(list.group(1));
        }
        Matcher translation = TRANSLATION_FIELD.matcher(field);
        if (translation.matches()) {
            String named = translation.group(1);
            String sub = translation.group(2) != null ? translation.group(2) : "language";
            return translations.stream().filter(t -> !t.blank() && abbreviated(t.language().strip()).equals(named))
                    .findFirst().map(t -> "translations-" + t.index() + "-" + sub).or(() -> Optional.of("translations"));
        }
        return FIELDS.contains(field) ? Optional.of(field) : Optional.empty();
    }

    private List<RuleRow> filledRules() {
        return rules.stream().filter(r -> !r.blank()).toList();
    }

    private List<OutcomeRow> filledOutcomes() {
        return outcomes.stream().filter(o -> !o.blank()).toList();
    }

    private void putWords(ObjectNode json, String field, Pattern separator) {
        ArrayNode list = json.putArray(field);
        for (String word : separator.split(value(field).strip())) {
            if (!word.isEmpty()) {
                list.add(word);
            }
        }
    }

    private static void putText(ObjectNode json, String field, String text) {
        if (text != null && !text.isBlank()) {
            json.put(field, text);
        }
    }

    /**
     * How many rows of a part to show: as many as were shown, one more when asked, and always the filled ones and
     * {@link #BLANK_ROWS} blank ones beyond them, within the part's bound (an over-full part shows all it holds).
     */
    private static int rows(Map<String, List<String>> params, String part, int bound, String more) {
        int shown = number(first(params, part + "_rows"));
        if (part.equals(more)) {
            shown++;
        }
        int lastFilled = -1;
        for (int i = 0; i < bound + ROWS_READ_BEYOND_BOUND; i++) {
            String prefix = part + "[" + i + "].";
            int row = i;
            if (params.keySet().stream().anyMatch(k -> k.startsWith(prefix) && !first(params, k).isBlank())) {
                lastFilled = row;
            }
        }
        int wanted = Math.max(shown, lastFilled + 1 + BLANK_ROWS);
        return Math.max(1, Math.max(Math.min(wanted, bound), lastFilled + 1));
    }

    private static List<RuleRow> rules(Map<String, List<String>> params, int count) {
        List<RuleRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(count, 1); i++) {
            String p = "rules[" + i + "].";
            rows.add(new RuleRow(i, first(params, p + "name"), first(params, p + "identifier"),
                    first(params, p + "jurisdiction"), first(params, p + "url")));
        }
        return rows;
    }

    private static List<OutcomeRow> outcomes(Map<String, List<String>> params, int count) {
        List<OutcomeRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(count, 1); i++) {
            String p = "outcomes[" + i + "].";
            rows.add(new OutcomeRow(i, first(params, p + "indicator"), first(params, p + "value"),
                    first(params, p + "unit"), first(params, p + "currency"), first(params, p + "baseline"),
                    first(params, p + "method"), first(params, p + "evidence_level"), first(params, p + "source")));
        }
        return rows;
    }

    private static List<TranslationRow> translations(Map<String, List<String>> params, int count) {
        List<TranslationRow> rows = new ArrayList<>();
        for (int i = 0; i < Math.max(count, 1); i++) {
            String p = "translations[" + i + "].";
            rows.add(new TranslationRow(i, first(params, p + "language"), first(params, p + "title"),
                    first(params, p + "summary"), first(params, p + "story")));
        }
        return rows;
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() || values.get(0) == null ? "" : values.get(0);
    }

    private static int number(String text) {
        try {
            return text.length() > 3 ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static boolean allBlank(String... texts) {
        return Arrays.stream(texts).allMatch(t -> t == null || t.isBlank());
    }

    /** A translation's language as the record's faults name it. */
    private static String abbreviated(String language) {
        return language.length() <= NAMED_LANGUAGE_LENGTH ? language
                : language.substring(0, NAMED_LANGUAGE_LENGTH) + "…";
    }
}
