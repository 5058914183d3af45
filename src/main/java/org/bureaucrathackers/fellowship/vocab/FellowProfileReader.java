package org.bureaucrathackers.fellowship.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code fellowship:} profile properties of an actor, written with the {@code fellowship} prefix (as
 * Fellowship servers write them) or as full IRIs (as JSON-LD compaction leaves them when no prefix is known).
 * A value that is not a string, or is far longer than any profile value may be, is taken as absent.
 */
final class FellowProfileReader {

    static final String NAMESPACE = "https://w3id.org/fellowship/ns#";
    /** Longer than any value the profile keeps; the profile's own rules then decide. */
    static final int MAX_VALUE = 4_000;
    /** More than the profile keeps, so that a few bad entries do not hide good ones. */
    static final int MAX_THEMES_SCANNED = 30;

    private FellowProfileReader() {
    }

    static RemoteFellowProfile read(JsonNode actor) {
        List<String> themes = new ArrayList<>();
        for (JsonNode item : LenientJson.items(property(actor, "themes"), MAX_THEMES_SCANNED)) {
            String theme = string(item);
            if (theme != null) {
                themes.add(theme);
            }
        }
        return new RemoteFellowProfile(
                string(property(actor, "organisation")),
                string(property(actor, "organisationType")),
                string(property(actor, "role")),
                string(property(actor, "country")),
                string(property(actor, "governmentLevel")),
                string(property(actor, "sector")),
                themes,
                string(property(actor, "aims")));
    }

    private static JsonNode property(JsonNode actor, String name) {
        JsonNode value = actor.get("fellowship:" + name);
        return value != null ? value : actor.get(NAMESPACE + name);
    }

    /** A string, or a JSON-LD value object holding one. */
    private static String string(JsonNode node) {
        if (node != null && node.isObject()) {
            node = node.get("@value");
        }
        if (node == null || !node.isTextual() || node.textValue().length() > MAX_VALUE) {
            return null;
        }
        return node.textValue();
    }
}
