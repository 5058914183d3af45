package org.bureaucrathackers.fellowship.vocab;

import static org.bureaucrathackers.fellowship.vocab.LenientJson.httpUrl;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.items;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The media a note carries: from its {@code attachment} array, the usable ones with their descriptions. */
final class NoteAttachments {

    private static final Pattern BLURHASH =
            Pattern.compile("^[0-9A-Za-z#$%*+,\\-.:;=?@\\[\\]^_{|}~]{6,200}$");
    /** The largest width or height believed. */
    private static final int MAX_SIDE = 100_000;

    private NoteAttachments() {
    }

    /** The first four usable media (N7); a Link attachment (Lemmy) counts by its {@code href}. */
    static List<RemoteAttachment> read(JsonNode node) {
        List<RemoteAttachment> result = new ArrayList<>();
        for (JsonNode item : items(node, NoteReader.MAX_ATTACHMENTS_SCANNED)) {
            if (result.size() == NoteReader.MAX_ATTACHMENTS) {
                break;
            }
            if (!item.isObject()) {
                continue;
            }
            String url = ActorReader.preferredUrl(item.get("url"));
            if (url == null) {
                url = httpUrl(item.get("href"));
            }
            if (url == null) {
                continue;
            }
            List<String> types = LenientJson.types(item.get("type"), ActorReader.MAX_TYPES);
            String type = types.isEmpty() ? "Document" : LenientJson.truncate(types.get(0), 32);
            if (type.equals("PropertyValue")) {
                continue;
            }
            String description = NoteReader.blankToNull(text(item.get("name"), NoteReader.MAX_DESCRIPTION));
            if (description == null) {
                description = NoteReader.blankToNull(text(item.get("summary"), NoteReader.MAX_DESCRIPTION));
            }
            Double[] focus = focalPoint(item.get("focalPoint"));
            result.add(new RemoteAttachment(type, url, text(item.get("mediaType"), 255), description,
                    blurhash(item.get("blurhash")), size(item.get("width")), size(item.get("height")), focus[0],
                    focus[1]));
        }
        return result;
    }

    /** A BlurHash is base 83 text of a bounded length; anything else is dropped, not shown. */
    private static String blurhash(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        String text = node.asText();
        return BLURHASH.matcher(text).matches() ? text : null;
    }

    private static Integer size(JsonNode node) {
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            return null;
        }
        int value = node.asInt();
        return value > 0 && value <= MAX_SIDE ? value : null;
    }

    private static Double[] focalPoint(JsonNode node) {
        Double[] none = {null, null};
        if (node == null || !node.isArray() || node.size() != 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
            return none;
        }
        double x = node.get(0).asDouble();
        double y = node.get(1).asDouble();
        return x >= -1 && x <= 1 && y >= -1 && y <= 1 ? new Double[] {x, y} : none;
    }
}
