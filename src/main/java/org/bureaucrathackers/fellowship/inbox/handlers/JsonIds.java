package org.bureaucrathackers.fellowship.inbox.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.vocab.Hosts;

/** Ids inside activities, which servers send as IRIs or as objects carrying an {@code id}. */
final class JsonIds {

    static final int MAX_URL = 2048;

    private JsonIds() {
    }

    /** The http(s) id of an IRI or object node, or null. */
    static String idOf(JsonNode node) {
        if (node == null) {
            return null;
        }
        JsonNode id = node.isObject() ? node.get("id") : node;
        if (id == null || !id.isTextual()) {
            return null;
        }
        String value = id.textValue();
        return value.length() <= MAX_URL && Hosts.authority(value) != null ? value : null;
    }

    /** The ids of a property holding one IRI, one object or an array of them, at most {@code max}. */
    static List<String> idsOf(JsonNode node, int max) {
        List<String> ids = new ArrayList<>();
        if (node == null) {
            return ids;
        }
        Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
        int seen = 0;
        for (JsonNode item : items) {
            if (++seen > max * 4 || ids.size() == max) {
                break;
            }
            String id = idOf(item);
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** The {@code property} of an embedded object as an id, or null when the object was not embedded. */
    static String embeddedId(JsonNode object, String property) {
        return object == null ? null : idOf(object.get(property));
    }
}
