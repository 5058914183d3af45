package org.bureaucrathackers.fellowship.practice;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * A practice's structure as extension properties of its Note (documented in FEDERATION.md): Fellowship terms
 * under {@code fellowship:}, schema.org terms under {@code sdo:}, both prefixes defined inline in the Note's
 * {@code @context}. {@link #toInput} reads them back into the JSON shape {@link PracticeInput} takes.
 */
public final class PracticeProperties {

    static final String F = "fellowship:";
    static final String S = "sdo:";
    /** The marker that a Note carries a practice record. */
    static final String MARKER = F + "practiceRecord";

    private PracticeProperties() {
    }

    /** Adds the practice to {@code note}: {@code name}, {@code contentMap}, {@code audience} and the extension. */
    public static void write(ObjectNode note, Practice practice) {
        PracticeContent c = practice.content();
        note.put("name", c.title());
        ObjectNode contentMap = note.putObject("contentMap");
        if (c.language() != null && note.hasNonNull("content")) {
            contentMap.put(c.language(), note.get("content").asText());
        }
        for (Map.Entry<String, Translation> t : new TreeMap<>(c.translations()).entrySet()) {
            contentMap.put(t.getKey(), StoryHtml.translation(t.getValue()));
        }
        if (contentMap.isEmpty()) {
            note.remove("contentMap");
        }
        if (practice.communityUri() != null) {
            note.put("audience", practice.communityUri());
        }
        note.put(MARKER, true);
        putText(note, S + "abstract", c.summary());
        putText(note, F + "problem", c.problem());
        ArrayNode rules = note.putArray(S + "mentions");
        for (Rule rule : c.rules()) {
            ObjectNode r = rules.addObject().put("type", S + "Legislation").put(S + "name", rule.name());
            putText(r, S + "legislationIdentifier", rule.identifier());
            putText(r, S + "legislationJurisdiction", rule.jurisdiction());
            putText(r, S + "url", rule.url());
        }
        strings(note.putArray(F + "hackKind"), c.hackKinds());
        putText(note, F + "whatChanged", c.whatChanged());
        ArrayNode outcomes = note.putArray(F + "outcome");
        for (Outcome o : c.outcomes()) {
            ObjectNode out = outcomes.addObject().put("type", F + "Outcome").put(F + "indicator", o.indicator())
                    .put(S + "value", o.value());
            putText(out, S + "unitText", o.unit());
            putText(out, S + "currency", o.currency());
            putText(out, F + "baseline", o.baseline());
            putText(out, F + "method", o.method());
            putText(out, F + "evidenceLevel", o.evidenceLevel());
            putText(out, S + "citation", o.source());
        }
        putText(note, F + "stage", c.stage());
        if (c.country() != null) {
            note.putObject(S + "spatialCoverage").put("type", S + "Country").put(S + "identifier", c.country());
        }
        putText(note, F + "governmentLevel", c.governmentLevel());
        putText(note, F + "organisation", c.organisation());
        putText(note, F + "organisationType", c.organisationType());
        putText(note, F + "sector", c.sector());
        strings(note.putArray(F + "theme"), c.themes());
        putText(note, F + "nextSteps", c.nextSteps());
        putText(note, F + "helpWanted", c.helpWanted());
        strings(note.putArray(F + "coauthor"), practice.coauthorUris());
        strings(note.putArray(S + "isBasedOn"), c.adaptedFrom());
        putText(note, S + "inLanguage", c.language());
        ArrayNode translations = note.putArray(F + "translation");
        for (Map.Entry<String, Translation> t : new TreeMap<>(c.translations()).entrySet()) {
            ObjectNode tr = translations.addObject().put(S + "inLanguage", t.getKey()).put(S + "name", t.getValue().title());
            putText(tr, S + "abstract", t.getValue().summary());
            putText(tr, F + "story", t.getValue().story());
        }
        putText(note, S + "license", c.licence());
    }

    /** Whether a remote post's extension properties carry a practice record. */
    public static boolean carriesPractice(JsonNode extensions) {
        return extensions.path(MARKER).asBoolean(false);
    }

    /**
     * The practice a remote post carries, in the input shape: {@code title} from its {@code name}, coauthors as
     * actor IRIs, community from {@code audience}. Values of the wrong shape are left out, for the lenient reader.
     */
    public static ObjectNode toInput(JsonNode ext, String name) {
        ObjectNode in = Json.object();
        in.put("title", name);
        copy(ext, S + "abstract", in, "summary");
        copy(ext, F + "problem", in, "problem");
        ArrayNode rules = in.putArray("rules");
        for (JsonNode r : items(ext.get(S + "mentions"))) {
            ObjectNode rule = rules.addObject();
            copy(r, S + "name", rule, "name");
            copy(r, S + "legislationIdentifier", rule, "identifier");
            copy(r, S + "legislationJurisdiction", rule, "jurisdiction");
            copy(r, S + "url", rule, "url");
        }
        in.set("hack_kinds", array(ext.get(F + "hackKind")));
        copy(ext, F + "whatChanged", in, "what_changed");
        ArrayNode outcomes = in.putArray("outcomes");
        for (JsonNode o : items(ext.get(F + "outcome"))) {
            ObjectNode out = outcomes.addObject();
            copy(o, F + "indicator", out, "indicator");
            copy(o, S + "value", out, "value");
            copy(o, S + "unitText", out, "unit");
            copy(o, S + "currency", out, "currency");
            copy(o, F + "baseline", out, "baseline");
            copy(o, F + "method", out, "method");
            copy(o, F + "evidenceLevel", out, "evidence_level");
            copy(o, S + "citation", out, "source");
        }
        copy(ext, F + "stage", in, "stage");
        copy(ext.path(S + "spatialCoverage"), S + "identifier", in, "country");
        copy(ext, F + "governmentLevel", in, "government_level");
        copy(ext, F + "organisation", in, "organisation");
        copy(ext, F + "organisationType", in, "organisation_type");
        copy(ext, F + "sector", in, "sector");
        in.set("themes", array(ext.get(F + "theme")));
        copy(ext, F + "nextSteps", in, "next_steps");
        copy(ext, F + "helpWanted", in, "help_wanted");
        in.set("coauthors", array(ext.get(F + "coauthor")));
        in.set("adapted_from", array(ext.get(S + "isBasedOn")));
        copy(ext, "audience", in, "community");
        copy(ext, S + "inLanguage", in, "language");
        ObjectNode translations = in.putObject("translations");
        for (JsonNode t : items(ext.get(F + "translation"))) {
            JsonNode language = t.get(S + "inLanguage");
            if (language != null && language.isTextual() && !translations.has(language.asText())) {
                ObjectNode tr = translations.putObject(language.asText());
                copy(t, S + "name", tr, "title");
                copy(t, S + "abstract", tr, "summary");
                copy(t, F + "story", tr, "story");
            }
        }
        copy(ext, S + "license", in, "licence");
        return in;
    }

    /** A single value or an array, as JSON-LD allows either; objects only for structured items. */
    private static List<JsonNode> items(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            return node.isObject() ? List.of(node) : List.of();
        }
        List<JsonNode> result = new ArrayList<>();
        node.forEach(item -> {
            if (item.isObject() && result.size() < 50) {
                result.add(item);
            }
        });
        return result;
    }

    private static ArrayNode array(JsonNode node) {
        ArrayNode result = Json.MAPPER.createArrayNode();
        if (node == null || node.isNull()) {
            return result;
        }
        if (node.isArray()) {
            node.forEach(item -> {
                if (item.isValueNode() && result.size() < 50) {
                    result.add(item);
                }
            });
        } else if (node.isValueNode()) {
            result.add(node);
        }
        return result;
    }

    private static void copy(JsonNode from, String name, ObjectNode to, String as) {
        JsonNode value = from.get(name);
        if (value != null && value.isValueNode()) {
            to.set(as, value);
        }
    }

    private static void putText(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
