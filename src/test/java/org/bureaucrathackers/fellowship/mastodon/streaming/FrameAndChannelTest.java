package org.bureaucrathackers.fellowship.mastodon.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.json.Json;
import org.junit.jupiter.api.Test;

/** Stream names as Mastodon has them, and events in the exact shapes clients parse. */
class FrameAndChannelTest {

    @Test
    void websocket_frames_carry_the_payload_as_a_json_string() throws Exception {
        Frame frame = new Frame(List.of("hashtag", "Budget"), "update", "{\"id\":\"1\",\"content\":\"<p>a\\nb</p>\"}");
        JsonNode json = Json.MAPPER.readTree(frame.webSocketText());
        assertEquals("[\"hashtag\",\"Budget\"]", json.get("stream").toString());
        assertEquals("update", json.get("event").asText());
        assertTrue(json.get("payload").isTextual());
        assertEquals("1", Json.MAPPER.readTree(json.get("payload").asText()).get("id").asText());
        assertEquals("42", Json.MAPPER.readTree(new Frame(List.of("user"), "delete", "42").webSocketText())
                .get("payload").asText());
    }

    @Test
    void server_sent_events_are_named_with_data_lines_and_a_blank_line() {
        assertEquals("event: delete\ndata: 42\n\n", new Frame(List.of("public"), "delete", "42").sseText());
        assertEquals("event: update\ndata: first\ndata: second\n\n",
                new Frame(List.of("public"), "update", "first\nsecond").sseText());
        assertEquals(":thump\n\n", Frame.HEARTBEAT.sseText());
    }

    @Test
    void channels_are_mastodons_streams_and_tags_match_normalised() {
        Channel tag = Channel.of("hashtag:local", " Café ");
        assertEquals(List.of("hashtag:local", "Café"), tag.label());
        assertEquals("cafe", tag.tagKey());
        assertTrue(tag.onlyLocal());
        assertEquals("read:statuses", tag.scope());

        Channel notifications = Channel.of("user:notification", "ignored");
        assertTrue(notifications.isUser());
        assertEquals(List.of("user:notification"), notifications.label());
        assertEquals("read:notifications", notifications.scope());

        Channel media = Channel.of("public:remote:media", null);
        assertTrue(media.isPublic() && media.onlyRemote() && media.onlyMedia());
        assertFalse(media.isHashtag());
    }

    @Test
    void unknown_streams_and_missing_tags_are_refused_with_400() {
        for (String[] request : new String[][] {{"list", null}, {"direct", null}, {"", null}, {"hashtag", null},
                {"hashtag", "#"}, {"hashtag", "x".repeat(500)}, {"public:everything", null}}) {
            HttpError refused = assertThrows(HttpError.class, () -> Channel.of(request[0], request[1]),
                    String.join(",", String.valueOf(request[0]), String.valueOf(request[1])));
            assertEquals(400, refused.status());
        }
    }
}
