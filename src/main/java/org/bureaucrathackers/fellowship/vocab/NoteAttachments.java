package org.bureaucrathackers.fellowship.vocab;

import static org.bureaucrathackers.fellowship.vocab.LenientJson.httpUrl;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.items;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** The media a note carries: from its {@code attachment} array, the usable ones with their descriptions. */
final class NoteAttachments {

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
            result.add(new RemoteAttachment(type, url, text(item.get("mediaType"), 255), description));
        }
        return result;
    }
}
