package org.bureaucrathackers.fellowship.fellowshipapi.profiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.FellowProfileRules;
import org.bureaucrathackers.fellowship.http.FieldError;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * Reads a PATCH body: a JSON object whose absent fields stay as they are and whose null fields are cleared.
 * Only JSON can say "clear" apart from "leave", so only JSON is read. Unknown fields are refused, so that a
 * misspelt one is not silently dropped.
 */
final class ProfileChangesJson {

    /** More themes than the rule allows are refused by the rule; far more are not even read. */
    private static final int MAX_THEMES_READ = 100;

    private ProfileChangesJson() {
    }

    static FellowProfileChanges read(String body) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new HttpError(400, "The request body is not valid JSON");
        }
        if (root == null || !root.isObject()) {
            throw new HttpError(422, "The request body must be a JSON object of profile fields");
        }
        FellowProfileChanges changes = new FellowProfileChanges();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (!FellowProfileRules.FIELDS.contains(name)) {
                throw new FieldError(name.length() > 64 ? name.substring(0, 64) : name,
                        "not a field of the profile (" + String.join(", ", FellowProfileRules.FIELDS) + ")");
            }
            if (name.equals(FellowProfileRules.THEMES)) {
                changes.themes(themes(value));
            } else if (value.isNull() || value.isTextual()) {
                changes.set(name, value.isNull() ? null : value.textValue());
            } else {
                throw new FieldError(name, "must be a string or null");
            }
        }
        return changes;
    }

    private static List<String> themes(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isArray()) {
            throw new FieldError(FellowProfileRules.THEMES, "must be an array of hashtags or null");
        }
        if (value.size() > MAX_THEMES_READ) {
            throw new FieldError(FellowProfileRules.THEMES, "at most " + FellowProfileRules.MAX_THEMES + " themes");
        }
        List<String> themes = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new FieldError(FellowProfileRules.THEMES, "must be an array of hashtags or null");
            }
            themes.add(item.textValue());
        }
        return themes;
    }
}
