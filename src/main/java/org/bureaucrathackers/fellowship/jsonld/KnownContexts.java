package org.bureaucrathackers.fellowship.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Recognises {@code @context} values whose meaning the plain-JSON fast path already knows, so a document
 * using them can be read by property name without running JSON-LD expansion.
 */
public final class KnownContexts {

    private static final Set<String> ACTIVITY_STREAMS = Set.of(
            "https://www.w3.org/ns/activitystreams",
            "http://www.w3.org/ns/activitystreams",
            "https://www.w3.org/ns/activitystreams#",
            "http://www.w3.org/ns/activitystreams#");

    private static final Set<String> UNDERSTOOD = Set.of(
            "https://w3id.org/security/v1",
            "http://w3id.org/security/v1",
            "https://w3id.org/security/multikey/v1",
            "https://w3id.org/security/data-integrity/v1",
            "https://w3id.org/security/data-integrity/v2",
            "https://purl.archive.org/socialweb/webfinger",
            "https://litepub.social/litepub/context.jsonld");

    private static final int MAX_ENTRIES = 64;
    private static final int MAX_INLINE_DEPTH = 8;

    private KnownContexts() {
    }

    /**
     * True when the ActivityStreams context is present, every other remote context is one the fast path
     * understands, and everything else is an inline map that names no remote context itself.
     */
    public static boolean isKnown(JsonNode context) {
        if (context == null || context.isMissingNode() || context.isNull()) {
            return false;
        }
        if (context.isTextual()) {
            return ACTIVITY_STREAMS.contains(context.textValue());
        }
        if (!context.isArray() || context.size() > MAX_ENTRIES) {
            return false;
        }
        boolean activityStreams = false;
        for (JsonNode entry : context) {
            if (entry.isTextual()) {
                String url = entry.textValue();
                if (ACTIVITY_STREAMS.contains(url)) {
                    activityStreams = true;
                } else if (!UNDERSTOOD.contains(url)) {
                    return false;
                }
            } else if (!entry.isObject() || !inlineOnly(entry, 1)) {
                return false;
            }
        }
        return activityStreams;
    }

    /** An inline map may carry scoped contexts, but those must not name remote documents either. */
    private static boolean inlineOnly(JsonNode map, int depth) {
        if (depth > MAX_INLINE_DEPTH || map.size() > 10 * MAX_ENTRIES) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = map.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (("@context".equals(key) || "@import".equals(key)) && !scopedInline(value, depth)) {
                return false;
            }
            if (value.isObject() && !inlineOnly(value, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean scopedInline(JsonNode value, int depth) {
        if (value.isObject()) {
            return inlineOnly(value, depth + 1);
        }
        if (value.isArray()) {
            for (JsonNode item : value) {
                if (!item.isObject() || !inlineOnly(item, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return value.isNull();
    }
}
