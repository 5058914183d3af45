package org.bureaucrathackers.fellowship.vocab;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the envelope of an incoming activity. Tolerant of the shapes servers send (type arrays, actor as an
 * object, object as an IRI, an object or a one-element array); refuses, with a stated reason, what no
 * handler could act on.
 */
public final class ActivityReader {

    /** The activity types the inbox understands; anything else is refused with a reason. */
    public static final Set<String> SUPPORTED = Set.of("Create", "Update", "Delete", "Follow", "Accept", "Reject",
            "Undo", "Like", "Announce", "Block", "Flag", "Move", "Add", "Remove", "EmojiReact");
    private static final int MAX_ADDRESSES = 500;
    private static final int MAX_TYPES = 8;

    public IncomingActivity read(JsonNode document) throws RefusedDocumentException {
        if (document == null || !document.isObject()) {
            throw new RefusedDocumentException("not a JSON object");
        }
        String type = supportedType(LenientJson.types(document.get("type"), MAX_TYPES));
        String id = LenientJson.httpUrl(document.get("id"));
        if (id == null) {
            throw new RefusedDocumentException(document.hasNonNull("id") ? "id is not an http(s) URL" : "activity has no id");
        }
        String actor = LenientJson.httpUrl(single(document.get("actor")));
        if (actor == null) {
            throw new RefusedDocumentException("missing actor");
        }
        JsonNode objectNode = single(document.get("object"));
        String objectId = null;
        String objectType = null;
        JsonNode embedded = null;
        if (objectNode != null && objectNode.isObject()) {
            embedded = objectNode;
            objectId = LenientJson.httpUrl(objectNode.get("id"));
            List<String> types = LenientJson.types(objectNode.get("type"), MAX_TYPES);
            objectType = types.isEmpty() ? null : types.get(0);
        } else if (objectNode != null && objectNode.isTextual()) {
            objectId = LenientJson.httpUrl(objectNode);
        }
        if (objectId == null && !type.equals("Flag")) {
            throw new RefusedDocumentException(objectNode == null ? "missing object" : "object has no http(s) id");
        }
        String target = LenientJson.httpUrl(single(document.get("target")));
        return new IncomingActivity(id, type, actor, objectId, objectType, embedded, target,
                addresses(document, "to", "bto"), addresses(document, "cc", "bcc"), addresses(document, "audience"),
                document);
    }

    private static String supportedType(List<String> types) throws RefusedDocumentException {
        if (types.isEmpty()) {
            throw new RefusedDocumentException("missing type");
        }
        for (String type : types) {
            for (String supported : SUPPORTED) {
                if (LenientJson.isType(type, supported)) {
                    return supported;
                }
            }
        }
        throw new RefusedDocumentException("unsupported activity type: " + LenientJson.truncate(types.get(0), 64));
    }

    /** The value itself, or the first element of a one-or-more element array. */
    private static JsonNode single(JsonNode node) {
        if (node != null && node.isArray()) {
            return node.isEmpty() ? null : node.get(0);
        }
        return node;
    }

    /** Ids from the named fields, as strings or objects, with the Public collection spelled out in full (V2). */
    private static List<String> addresses(JsonNode document, String... fields) {
        List<String> addresses = new ArrayList<>();
        for (String field : fields) {
            for (JsonNode item : LenientJson.items(document.get(field), MAX_ADDRESSES)) {
                JsonNode id = item.isObject() ? item.get("id") : item;
                if (id != null && id.isTextual()) {
                    String address = Audiences.normalize(id.textValue());
                    if (address != null && !addresses.contains(address)) {
                        addresses.add(address);
                    }
                }
            }
        }
        return addresses;
    }
}
