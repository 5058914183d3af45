package org.bureaucrathackers.fellowship.vocab;

import static org.bureaucrathackers.fellowship.vocab.LenientJson.httpUrl;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.items;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The {@code tag} array of a note: mentions, hashtags (without their '#', each once) and custom emojis, each kind
 * capped; anything else in it is skipped.
 */
final class NoteTags {

    private NoteTags() {
    }

    static void read(JsonNode node, List<RemoteNote.Mention> mentions, List<String> hashtags,
                     List<RemoteNote.Emoji> emojis) {
        for (JsonNode item : items(node, NoteReader.MAX_TAGS_SCANNED)) {
            if (!item.isObject()) {
                continue;
            }
            List<String> types = LenientJson.types(item.get("type"), ActorReader.MAX_TYPES);
            String name = text(item.get("name"), NoteReader.MAX_TAG_NAME);
            if (types.stream().anyMatch(t -> LenientJson.isType(t, "Mention"))) {
                String href = httpUrl(item.get("href"));
                if (href != null && mentions.size() < NoteReader.MAX_MENTIONS) {
                    mentions.add(new RemoteNote.Mention(href, name));
                }
            } else if (types.stream().anyMatch(t -> LenientJson.isType(t, "Hashtag"))) {
                String tag = name == null ? null : (name.startsWith("#") ? name.substring(1) : name).strip();
                if (tag != null && !tag.isEmpty() && hashtags.size() < NoteReader.MAX_HASHTAGS && !hashtags.contains(tag)) {
                    hashtags.add(tag);
                }
            } else if (types.stream().anyMatch(t -> LenientJson.isType(t, "Emoji"))) {
                JsonNode icon = item.get("icon");
                String iconUrl = icon != null && icon.isObject()
                        ? ActorReader.preferredUrl(icon.get("url")) : httpUrl(icon);
                if (name != null && iconUrl != null && emojis.size() < NoteReader.MAX_EMOJIS) {
                    emojis.add(new RemoteNote.Emoji(name, iconUrl));
                }
            }
        }
    }
}
