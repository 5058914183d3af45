package org.bureaucrathackers.fellowship.mastodon.streaming;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * One event on one stream: {@code update}, {@code status.update} and {@code notification} carry an entity's
 * JSON, {@code delete} a status id. A frame without an event is a heartbeat.
 */
record Frame(List<String> stream, String event, String payload) {

    static final Frame HEARTBEAT = new Frame(List.of(), null, null);

    boolean isHeartbeat() {
        return event == null;
    }

    /**
     * The WebSocket message: {@code {"stream":[...],"event":...,"payload":"..."}}, the payload a JSON string
     * (masto.js parses it again, except for {@code delete}).
     */
    String webSocketText() {
        ObjectNode json = Json.object();
        json.set("stream", Json.MAPPER.valueToTree(stream));
        json.put("event", event);
        json.put("payload", payload);
        return Json.write(json);
    }

    /** The server-sent event: {@code event: name}, the payload as data lines, a blank line; a comment to keep alive. */
    String sseText() {
        if (isHeartbeat()) {
            return ":thump\n\n";
        }
        StringBuilder text = new StringBuilder("event: ").append(event).append('\n');
        for (String line : payload.split("\n", -1)) {
            text.append("data: ").append(line).append('\n');
        }
        return text.append('\n').toString();
    }
}
