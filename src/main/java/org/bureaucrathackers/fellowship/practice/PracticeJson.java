package org.bureaucrathackers.fellowship.practice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * A practice record as JSON with the field names of the API ({@link PracticeInput} reads the same shape), and
 * the stored form: that JSON plus the IRIs its coauthors and community were resolved to.
 */
public final class PracticeJson {

    private PracticeJson() {
    }

    /** Every field of the content; absent text is null and absent lists empty, so clients see the full shape. */
    public static ObjectNode write(PracticeContent c) {
        ObjectNode json = Json.object();
        json.put("title", c.title());
        json.put("summary", c.summary());
        json.put("problem", c.problem());
        ArrayNode rules = json.putArray("rules");
        for (Rule rule : c.rules()) {
            rules.addObject().put("name", rule.name()).put("identifier", rule.identifier())
                    .put("jurisdiction", rule.jurisdiction()).put("url", rule.url());
        }
        strings(json.putArray("hack_kinds"), c.hackKinds());
        json.put("what_changed", c.whatChanged());
        ArrayNode outcomes = json.putArray("outcomes");
        for (Outcome o : c.outcomes()) {
            outcomes.addObject().put("indicator", o.indicator()).put("value", o.value()).put("unit", o.unit())
                    .put("currency", o.currency()).put("baseline", o.baseline()).put("method", o.method())
                    .put("evidence_level", o.evidenceLevel()).put("source", o.source());
        }
        json.put("stage", c.stage());
        json.put("country", c.country());
        json.put("government_level", c.governmentLevel());
        json.put("organisation", c.organisation());
        json.put("organisation_type", c.organisationType());
        json.put("sector", c.sector());
        strings(json.putArray("themes"), c.themes());
        json.put("next_steps", c.nextSteps());
        json.put("help_wanted", c.helpWanted());
        strings(json.putArray("coauthors"), c.coauthors());
        strings(json.putArray("adapted_from"), c.adaptedFrom());
        json.put("community", c.community());
        json.put("language", c.language());
        ObjectNode translations = json.putObject("translations");
        for (Map.Entry<String, Translation> t : new TreeMap<>(c.translations()).entrySet()) {
            translations.putObject(t.getKey()).put("title", t.getValue().title())
                    .put("summary", t.getValue().summary()).put("story", t.getValue().story());
        }
        json.put("licence", c.licence());
        return json;
    }

    /** The stored form of a practice's content and resolved actors. */
    public static String stored(Practice practice) {
        ObjectNode json = write(practice.content());
        strings(json.putArray("coauthor_uris"), practice.coauthorUris());
        json.put("community_uri", practice.communityUri());
        return Json.write(json);
    }

    /** A practice from its stored form (written by {@link #stored}, so read leniently). */
    public static Practice fromStored(long statusId, long accountId, String document, Instant updatedAt) {
        JsonNode json;
        try {
            json = Json.MAPPER.readTree(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        PracticeContent content = PracticeInput.lenient().content(json);
        List<String> coauthors = json.path("coauthor_uris").isArray()
                ? Json.MAPPER.convertValue(json.get("coauthor_uris"), Json.MAPPER.getTypeFactory()
                .constructCollectionType(List.class, String.class))
                : List.of();
        JsonNode community = json.get("community_uri");
        return new Practice(statusId, accountId, content, coauthors,
                community == null || community.isNull() ? null : community.asText(), updatedAt);
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
