package org.bureaucrathackers.fellowship.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a context term means: its IRI, its type coercion, its container and language, each expanded through the
 * prefixes known so far. Two definitions are equal when they mean the same, however they were written.
 */
record TermDefinition(String iri, String type, String container, String language) {

    private static final Set<String> ABSOLUTE_SCHEMES = Set.of("http", "https", "urn", "did", "tag", "_");

    /** Terms of a map that are prefixes: simple definitions ending in '#', '/' or ':'. */
    static Map<String, String> prefixes(JsonNode map, Map<String, String> known) {
        Map<String, String> found = new HashMap<>();
        map.fields().forEachRemaining(e -> {
            JsonNode value = e.getValue();
            String term = e.getKey();
            if (!term.startsWith("@") && value.isTextual()) {
                String iri = value.textValue();
                if (iri.endsWith("#") || iri.endsWith("/") || iri.endsWith(":")) {
                    found.put(term, expand(iri, known));
                }
            }
        });
        return found;
    }

    static TermDefinition of(JsonNode value, Map<String, String> prefixes) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isTextual()) {
            return new TermDefinition(expand(value.textValue(), prefixes), null, null, null);
        }
        if (!value.isObject()) {
            return new TermDefinition("?", null, null, null);
        }
        return new TermDefinition(expand(text(value.get("@id")), prefixes), expand(text(value.get("@type")), prefixes),
                container(value.get("@container")), text(value.get("@language")));
    }

    private static String container(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            Set<String> values = new java.util.TreeSet<>();
            node.forEach(item -> values.add(item.asText()));
            return String.join(",", values);
        }
        return node.asText();
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.textValue();
    }

    /** The IRI a compact IRI or term stands for, as far as these prefixes tell; a marker when they do not. */
    private static String expand(String value, Map<String, String> prefixes) {
        if (value == null || value.startsWith("@")) {
            return value;
        }
        int colon = value.indexOf(':');
        if (colon <= 0) {
            return "?" + value;
        }
        String prefix = value.substring(0, colon);
        String rest = value.substring(colon + 1);
        if (rest.startsWith("//")) {
            return value;
        }
        String namespace = prefixes.get(prefix);
        if (namespace != null) {
            return namespace + rest;
        }
        return ABSOLUTE_SCHEMES.contains(prefix) ? value : "?" + value;
    }
}
