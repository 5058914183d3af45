package org.bureaucrathackers.fellowship.mastodon.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signals.Trends;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * The Mastodon Tag entity: name (no '#'), url, history (days newest first, every number a string, as Mastodon
 * sends them) and, for a fellow asking, whether they follow it.
 */
public final class TagEntities {

    private final LocalUris uris;

    public TagEntities(LocalUris uris) {
        this.uris = uris;
    }

    /** @param following null when no fellow is asking (the key is then left out) */
    public ObjectNode tag(String name, List<Trends.Day> history, Boolean following) {
        ObjectNode json = Json.object();
        json.put("name", name);
        json.put("url", uris.tag(name));
        ArrayNode days = json.putArray("history");
        for (Trends.Day day : history) {
            days.addObject()
                    .put("day", Long.toString(day.start().getEpochSecond()))
                    .put("uses", Long.toString(day.uses()))
                    .put("accounts", Long.toString(day.accounts()));
        }
        if (following != null) {
            json.put("following", following);
        }
        return json;
    }
}
