package org.bureaucrathackers.fellowship.mastodon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.bureaucrathackers.fellowship.App;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.StreamingClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The streaming API over real WebSockets and server-sent events. */
class StreamingApiTest {

    private static TestInstance instance;
    private static App app;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        app = instance.app();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private record Fellow(Account account, String token) {
    }

    private static Fellow fellow(String username, String scopes) {
        Account account = instance.createFellow(username);
        return new Fellow(account, app.tokens().issue(account, scopes).secret());
    }

    @Test
    void health_says_ok_in_plain_text() {
        HttpResponse<String> response = instance.get("/api/v1/streaming/health");
        assertEquals(200, response.statusCode());
        assertEquals("OK", response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void a_websocket_with_the_token_as_subprotocol_gets_an_update_after_a_post_and_the_subprotocol_back() {
        Fellow bob = fellow("wsbob1", "read write");
        try (StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming?stream=user",
                bob.token())) {
            assertEquals(bob.token(), socket.subprotocol());
            Status post = app.posts().post(bob.account(), NewPost.publicText("Streaming minutes"));

            JsonNode frame = socket.next("update");
            assertEquals("[\"user\"]", frame.get("stream").toString());
            assertTrue(frame.get("payload").isTextual(), "the payload is a JSON string");
            JsonNode status = StreamingClient.parse(frame.get("payload").asText());
            assertEquals(Long.toString(post.id()), status.get("id").asText());
        }
    }

    @Test
    void server_sent_events_carry_an_update_after_a_post() {
        Fellow bob = fellow("ssebob1", "read write");
        try (StreamingClient.EventStream stream = StreamingClient.events(instance, "/api/v1/streaming/public/local",
                bob.token())) {
            assertTrue(stream.response().headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            Status post = app.posts().post(bob.account(), NewPost.publicText("Streaming minutes"));
            JsonNode status = StreamingClient.parse(stream.next("update"));
            assertEquals(Long.toString(post.id()), status.get("id").asText());
        }
    }
}
