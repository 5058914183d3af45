package org.bureaucrathackers.fellowship.mastodon.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The ids of the entities in a JSON array as the API answered it, in order; shared by the resource tests. */
public final class EntityIds {

    private EntityIds() {
    }

    public static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(s -> ids.add(s.get("id").asText()));
        return ids;
    }
}
