package org.bureaucrathackers.fellowship.mastodon.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.FollowOptions;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostEdit;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.SignedInbox;
import org.bureaucrathackers.fellowship.testing.StreamingClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The streaming API over real WebSockets and server-sent events, fed by real posts, likes and deliveries. */
class StreamingApiTest {

    private static TestPeer peer;
    private static TestInstance instance;
    private static TestInstance app;

    @BeforeAll
    static void start() {
        peer = TestPeer.start();
        instance = TestInstance.start(peer.resolverOrSystem());
        app = instance;
    }

    @AfterAll
    static void stop() {
        instance.close();
        peer.close();
    }

    private record Fellow(Account account, String token) {
    }

    private static Fellow fellow(String username, String scopes) {
        Account account = instance.createFellow(username);
        return new Fellow(account, app.tokens().issue(account, scopes).secret());
    }

    private static String token(Fellow fellow, String scopes) {
        return app.tokens().issue(fellow.account(), scopes).secret();
    }

    private static JsonNode payload(JsonNode frame) {
        return StreamingClient.parse(frame.get("payload").asText());
    }

    /** An update frame carrying {@code status}: sent last, it marks that what was published before has come. */
    private static boolean isUpdateOf(JsonNode frame, Status status) {
        return frame.path("event").asText().equals("update")
                && payload(frame).path("id").asText().equals(Long.toString(status.id()));
    }

    private static List<String> events(List<JsonNode> frames) {
        List<String> result = new ArrayList<>();
        frames.forEach(f -> result.add(f.get("event").asText() + " " + f.get("stream")));
        return result;
    }

    @Test
    void health_says_ok_in_plain_text() {
        for (String path : new String[] {"/api/v1/streaming/health", "/api/v1/streaming/health/"}) {
            HttpResponse<String> response = instance.get(path);
            assertEquals(200, response.statusCode());
            assertEquals("OK", response.body());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        }
    }

    @Test
    void a_websocket_with_the_token_as_subprotocol_gets_an_update_after_a_post_and_the_subprotocol_back() {
        Fellow bob = fellow("wsbob1", "read write");
        Fellow follower = fellow("wsfan1", "read");
        app.follows().follow(follower.account(), bob.account());
        try (StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming?stream=user",
                bob.token());
             StreamingClient.Socket fan = StreamingClient.webSocket(instance,
                     "/api/v1/streaming/?stream=user&access_token=" + follower.token())) {
            assertEquals(bob.token(), socket.subprotocol(), "the offered subprotocol is echoed in the handshake");
            Status post = app.posts().post(bob.account(), NewPost.publicText("Streaming minutes"));

            JsonNode frame = socket.next("update");
            assertEquals("[\"user\"]", frame.get("stream").toString());
            assertTrue(frame.get("payload").isTextual(), "the payload is a JSON string");
            assertEquals(Long.toString(post.id()), payload(frame).get("id").asText());
            JsonNode fanFrame = fan.next("update");
            assertEquals(Long.toString(post.id()), payload(fanFrame).get("id").asText());
            assertEquals(false, payload(fanFrame).get("favourited").asBoolean(), "rendered for the follower");
        }
    }

    @Test
    void a_favourite_arrives_as_a_notification_on_the_user_streams() {
        Fellow bob = fellow("wsbob2", "read write");
        Fellow alice = fellow("wsalice2", "read write");
        Status post = app.posts().post(bob.account(), NewPost.publicText("Please like this"));
        try (StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming", bob.token())) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"user:notification\"}");
            socket.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
            socket.sync();
            app.interactions().like(alice.account(), post);

            JsonNode first = socket.next("notification");
            JsonNode second = socket.next("notification");
            assertEquals(List.of("[\"user:notification\"]", "[\"user\"]").stream().sorted().toList(),
                    List.of(first.get("stream").toString(), second.get("stream").toString()).stream().sorted().toList());
            JsonNode notification = payload(first);
            assertEquals("favourite", notification.get("type").asText());
            assertEquals("wsalice2", notification.get("account").get("acct").asText());
            assertEquals(Long.toString(post.id()), notification.get("status").get("id").asText());
        }
    }

    @Test
    void edits_and_deletions_follow_the_post_as_status_update_and_delete() {
        Fellow bob = fellow("wsbob3", "read write");
        try (StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming?stream=public:local",
                bob.token())) {
            Status post = app.posts().post(bob.account(), NewPost.publicText("First draft"));
            socket.next("update");
            app.posts().edit(bob.account(), post.id(), new PostEdit("Second draft", null, null));
            JsonNode edited = socket.next("status.update");
            assertTrue(payload(edited).get("content").asText().contains("Second draft"));

            app.posts().delete(bob.account(), post.id());
            JsonNode deleted = socket.next("delete");
            assertEquals("[\"public:local\"]", deleted.get("stream").toString());
            assertEquals(Long.toString(post.id()), deleted.get("payload").asText(), "the payload is the bare id");
        }
    }

    @Test
    void hashtag_streams_are_chosen_by_message_and_carry_the_tag_as_written() {
        Fellow bob = fellow("wsbob4", "read write");
        try (StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming", bob.token())) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"OpenData\"}");
            socket.send("{\"type\":\"subscribe\",\"stream\":\"hashtag:local\",\"tag\":\"opendata\"}");
            // A tag of its own carries the marker posts that close each check.
            socket.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"wsmarkerfour\"}");
            socket.sync();
            app.posts().post(bob.account(), NewPost.publicText("Publishing the register #opendata"));
            app.posts().post(bob.account(), NewPost.publicText("Nothing tagged here"));
            Status marker = app.posts().post(bob.account(), NewPost.publicText("Marker #wsmarkerfour"));
            List<JsonNode> tagged = socket.until(frame -> isUpdateOf(frame, marker), "the marker post");
            assertEquals(List.of("update [\"hashtag\",\"OpenData\"]", "update [\"hashtag:local\",\"opendata\"]"),
                    events(tagged.subList(0, tagged.size() - 1)).stream().sorted().toList());

            socket.send("{\"type\":\"unsubscribe\",\"stream\":\"hashtag\",\"tag\":\"OpenData\"}");
            socket.send("{\"type\":\"unsubscribe\",\"stream\":\"hashtag:local\",\"tag\":\"opendata\"}");
            socket.sync();
            app.posts().post(bob.account(), NewPost.publicText("Again #opendata"));
            Status again = app.posts().post(bob.account(), NewPost.publicText("Marker again #wsmarkerfour"));
            assertEquals(1, socket.until(frame -> isUpdateOf(frame, again), "the second marker post").size(),
                    "nothing before the marker");
        }
    }

    @Test
    void a_stream_never_carries_a_status_to_someone_who_cannot_see_it() {
        Fellow author = fellow("wsauthor5", "read write");
        Fellow follower = fellow("wsfollower5", "read");
        Fellow stranger = fellow("wsstranger5", "read");
        Fellow blocker = fellow("wsblocker5", "read write follow");
        Fellow bystander = fellow("wsbystander5", "read write");
        app.follows().follow(follower.account(), author.account());
        app.follows().follow(stranger.account(), author.account());
        app.follows().unfollow(stranger.account(), author.account());
        app.blocks().block(blocker.account(), author.account());
        try (StreamingClient.Socket followerHome = StreamingClient.webSocket(instance, "/api/v1/streaming?stream=user",
                follower.token());
             StreamingClient.Socket strangerSockets = StreamingClient.webSocket(instance, "/api/v1/streaming",
                     stranger.token());
             StreamingClient.Socket blockerPublic = StreamingClient.webSocket(instance,
                     "/api/v1/streaming?stream=public", blocker.token())) {
            strangerSockets.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
            strangerSockets.send("{\"type\":\"subscribe\",\"stream\":\"public\"}");
            strangerSockets.sync();
            Status secret = app.posts().post(author.account(),
                    new NewPost("For followers only", Status.Visibility.PRIVATE, null, null, null));
            Status open = app.posts().post(author.account(), NewPost.publicText("For everyone"));
            // Markers posted last: once one has come, whatever was published before it has come too.
            Status authorMarker = app.posts().post(author.account(), NewPost.publicText("Marker"));
            Status bystanderMarker = app.posts().post(bystander.account(), NewPost.publicText("Marker"));

            List<JsonNode> home = followerHome.until(f -> isUpdateOf(f, authorMarker), "the author's marker");
            assertEquals(List.of(Long.toString(secret.id()), Long.toString(open.id()), Long.toString(authorMarker.id())),
                    home.stream().map(f -> payload(f).get("id").asText()).toList());
            List<JsonNode> strangerFrames = strangerSockets.until(f -> isUpdateOf(f, bystanderMarker),
                    "the bystander's marker");
            assertEquals(List.of("update [\"public\"]", "update [\"public\"]", "update [\"public\"]"),
                    events(strangerFrames));
            assertEquals(List.of(Long.toString(open.id()), Long.toString(authorMarker.id()),
                            Long.toString(bystanderMarker.id())),
                    strangerFrames.stream().map(f -> payload(f).get("id").asText()).toList());
            assertEquals(1, blockerPublic.until(f -> isUpdateOf(f, bystanderMarker), "the bystander's marker").size(),
                    "a block hides even public posts");
        }
    }

    @Test
    void the_home_stream_follows_the_home_timeline_rules_for_mutes_and_hidden_boosts() {
        Fellow viewer = fellow("wsviewer13", "read write follow");
        Fellow friend = fellow("wsfriend13", "read write");
        Fellow quiet = fellow("wsquiet13", "read write");
        Fellow muted = fellow("wsmuted13", "read write");
        app.follows().follow(viewer.account(), friend.account());
        app.follows().follow(viewer.account(), quiet.account(), new FollowOptions(false, false, List.of()));
        app.follows().follow(viewer.account(), muted.account());
        ApiClient api = new ApiClient(instance, viewer.token());
        assertEquals(200, api.postForm("/api/v1/accounts/" + muted.account().id() + "/mute").statusCode());
        try (StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming?stream=user",
                viewer.token())) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"public:local\"}");
            socket.sync();
            Status post = app.posts().post(friend.account(), NewPost.publicText("From a friend"));
            Status hiddenBoost = app.interactions().boost(quiet.account(), post);
            Status shownBoost = app.interactions().boost(friend.account(),
                    app.posts().post(quiet.account(), NewPost.publicText("From the quiet one")));
            app.posts().post(muted.account(), NewPost.publicText("From someone muted"));
            // The friend's marker comes on both streams, after everything published before it.
            Status marker = app.posts().post(friend.account(), NewPost.publicText("Marker"));
            int[] markersSeen = {0};
            List<JsonNode> frames = socket.until(f -> isUpdateOf(f, marker) && ++markersSeen[0] == 2,
                    "the marker on both streams");

            List<String> seen = frames.stream().filter(f -> !isUpdateOf(f, marker))
                    .map(f -> f.get("stream").get(0).asText() + " " + payload(f).get("id").asText()).toList();
            assertTrue(seen.contains("user " + post.id()), seen.toString());
            assertTrue(seen.contains("user " + shownBoost.id()), seen.toString());
            assertFalse(seen.contains("user " + hiddenBoost.id()), "boosts of a follow whose boosts are hidden");
            assertEquals(List.of(), seen.stream().filter(s -> s.contains(Long.toString(hiddenBoost.id()))).toList());
            assertEquals(3, seen.stream().filter(s -> s.startsWith("user ")).count(),
                    "the friend's post and boost, the quiet one's post; nothing muted: " + seen);
            assertEquals(2, seen.stream().filter(s -> s.startsWith("public:local ")).count(),
                    "two posts on the public stream, the muted one's left out: " + seen);
        }
    }

    @Test
    void a_remote_post_delivered_to_the_inbox_reaches_the_remote_and_hashtag_streams_and_its_mention_notifies() {
        Fellow bob = fellow("wsbob6", "read");
        PeerActor zed = PeerActor.serve(peer, "social.example", "zed");
        try (StreamingClient.Socket socket = StreamingClient.webSocket(instance,
                "/api/v1/streaming?stream=public:remote", bob.token())) {
            socket.send("{\"type\":\"subscribe\",\"stream\":\"hashtag\",\"tag\":\"civictech\"}");
            socket.send("{\"type\":\"subscribe\",\"stream\":\"user:notification\"}");
            socket.sync();
            // Mentioning bob is what makes the post concern this instance (N2).
            ObjectNode note = zed.note("<p>Hello @wsbob6, have a look at #civictech</p>", bob.account().uri());
            note.withArray("tag").addObject().put("type", "Hashtag").put("name", "#civictech");
            assertEquals(202, SignedInbox.deliver(instance, zed, zed.create(note)).statusCode());

            // Delivery ran the inbox job; a local post on the tag, published after it, marks the end.
            Status marker = app.posts().post(bob.account(), NewPost.publicText("Marker #civictech"));
            List<JsonNode> frames = socket.until(f -> isUpdateOf(f, marker), "the marker post");
            frames = frames.subList(0, frames.size() - 1);
            assertEquals(List.of("notification [\"user:notification\"]", "update [\"hashtag\",\"civictech\"]",
                    "update [\"public:remote\"]"), events(frames).stream().sorted().toList());
            frames.stream().filter(f -> f.get("event").asText().equals("notification"))
                    .forEach(f -> assertEquals("mention", payload(f).get("type").asText()));
        }
    }

    @Test
    void a_websocket_may_carry_its_token_in_the_authorization_header() {
        Fellow bob = fellow("wsbob12", "read:statuses");
        try (StreamingClient.Socket socket = StreamingClient.webSocketWithBearer(instance,
                "/api/v1/streaming?stream=hashtag&tag=Minutes", bob.token())) {
            assertEquals("", socket.subprotocol(), "nothing offered, nothing echoed");
            Status post = app.posts().post(bob.account(), NewPost.publicText("The #minutes"));
            JsonNode frame = socket.next("update");
            assertEquals("[\"hashtag\",\"Minutes\"]", frame.get("stream").toString());
            assertEquals(Long.toString(post.id()), payload(frame).get("id").asText());
        }
    }

    @Test
    void server_sent_events_carry_updates_for_public_and_user_streams() {
        Fellow bob = fellow("ssebob1", "read write");
        try (StreamingClient.EventStream local = StreamingClient.events(instance, "/api/v1/streaming/public/local",
                bob.token());
             StreamingClient.EventStream home = StreamingClient.events(instance, "/api/v1/streaming/user",
                     bob.token());
             StreamingClient.EventStream tag = StreamingClient.events(instance,
                     "/api/v1/streaming/hashtag?tag=Budget", bob.token())) {
            assertTrue(local.response().headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
            assertEquals(")", local.nextComment(), "a stream opens with the comment Mastodon sends");
            Status post = app.posts().post(bob.account(), NewPost.publicText("The #budget is out"));
            assertEquals(Long.toString(post.id()), StreamingClient.parse(local.next("update")).get("id").asText());
            assertEquals(Long.toString(post.id()), StreamingClient.parse(home.next("update")).get("id").asText());
            assertEquals(Long.toString(post.id()), StreamingClient.parse(tag.next("update")).get("id").asText());

            app.posts().delete(bob.account(), post.id());
            assertEquals(Long.toString(post.id()), local.next("delete"));
        }
    }

    @Test
    void notifications_reach_the_notification_stream_over_server_sent_events() {
        Fellow bob = fellow("ssebob2", "read");
        Fellow alice = fellow("ssealice2", "read");
        try (StreamingClient.EventStream stream = StreamingClient.events(instance,
                "/api/v1/streaming/user/notification", token(bob, "read:notifications"))) {
            stream.nextComment();
            app.follows().follow(alice.account(), bob.account());
            JsonNode notification = StreamingClient.parse(stream.next("notification"));
            assertEquals("follow", notification.get("type").asText());
            assertTrue(notification.get("status").isNull());
        }
    }

    @Test
    void handshakes_without_a_good_token_or_stream_are_refused_with_the_right_status() {
        Fellow bob = fellow("wsbob7", "read");
        assertEquals(401, StreamingClient.refusedHandshake(instance, "/api/v1/streaming?stream=public"));
        assertEquals(401, StreamingClient.refusedHandshake(instance, "/api/v1/streaming?stream=user&access_token=nope"));
        assertEquals(403, StreamingClient.refusedHandshake(instance, "/api/v1/streaming?stream=user",
                "Authorization", "Bearer " + token(bob, "read:notifications")));
        assertEquals(403, StreamingClient.refusedHandshake(instance, "/api/v1/streaming",
                "Authorization", "Bearer " + token(bob, "write")));
        assertEquals(400, StreamingClient.refusedHandshake(instance, "/api/v1/streaming?stream=list&list=1",
                "Authorization", "Bearer " + bob.token()));
        assertEquals(400, StreamingClient.refusedHandshake(instance, "/api/v1/streaming?stream=hashtag",
                "Authorization", "Bearer " + bob.token()));
    }

    @Test
    void server_sent_event_requests_without_a_good_token_or_stream_get_json_errors() {
        Fellow bob = fellow("ssebob8", "read");
        expectJsonError(401, StreamingClient.open(instance, "/api/v1/streaming/public", null));
        expectJsonError(401, StreamingClient.open(instance, "/api/v1/streaming/user", "nope"));
        expectJsonError(403, StreamingClient.open(instance, "/api/v1/streaming/user/notification",
                token(bob, "read:statuses")));
        expectJsonError(400, StreamingClient.open(instance, "/api/v1/streaming/hashtag", bob.token()));
        expectJsonError(400, StreamingClient.open(instance, "/api/v1/streaming/hashtag/local?tag=%23%23", bob.token()));
    }

    @Test
    void bad_messages_answer_error_events_and_oversized_ones_close_the_socket() {
        Fellow bob = fellow("wsbob9", "read:notifications");
        try (StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming/", bob.token())) {
            socket.send("not json");
            socket.send("{\"type\":\"dance\",\"stream\":\"public\"}");
            socket.send("{\"type\":\"subscribe\",\"stream\":\"direct\"}");
            socket.send("{\"type\":\"subscribe\",\"stream\":\"user\"}");
            socket.send("{\"type\":\"marker\"}");
            // One answer for each message, the last for the marker: nothing more came before it.
            List<JsonNode> errors = socket.take(5);
            assertEquals(List.of(400, 400, 400, 403, 400), errors.stream().map(e -> e.get("status").asInt()).toList());
            errors.forEach(e -> assertTrue(e.get("error").isTextual()));

            socket.send("{\"type\":\"subscribe\",\"stream\":\"public\",\"tag\":\"" + "x".repeat(10_000) + "\"}");
            assertEquals(1009, socket.closeCode(), "message too big");
        }
    }

    @Test
    void one_token_may_hold_only_a_few_connections() {
        Fellow bob = fellow("wsbob10", "read");
        List<StreamingClient.Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming?stream=public",
                        bob.token());
                open.add(socket);
                // The handshake completes before the server admits the connection; only an admitted one answers.
                socket.send("{\"type\":\"dance\",\"stream\":\"public\"}");
                socket.next(frame -> frame.has("error"), "the answer of an admitted connection");
            }
            assertEquals(429, StreamingClient.refusedHandshake(instance, "/api/v1/streaming?stream=public",
                    "Authorization", "Bearer " + bob.token()));
            expectJsonError(429, StreamingClient.open(instance, "/api/v1/streaming/public", bob.token()));
            assertEquals(200, StreamingClient.open(instance, "/api/v1/streaming/health", null).statusCode());
            open.remove(0).close();
            awaitAdmitted(bob);
        } finally {
            open.forEach(StreamingClient.Socket::close);
        }
    }

    @Test
    void clients_that_vanish_without_a_goodbye_hold_up_neither_posting_nor_the_others() {
        Fellow bob = fellow("wsbob11", "read write");
        StreamingClient.Socket vanishing = StreamingClient.webSocket(instance, "/api/v1/streaming?stream=public:local",
                bob.token());
        StreamingClient.EventStream vanishingEvents = StreamingClient.events(instance,
                "/api/v1/streaming/public/local", bob.token());
        vanishing.webSocket().abort();
        vanishingEvents.close();
        try (StreamingClient.Socket staying = StreamingClient.webSocket(instance,
                "/api/v1/streaming?stream=public:local", bob.token())) {
            Status last = null;
            for (int i = 0; i < 20; i++) {
                last = app.posts().post(bob.account(), NewPost.publicText("Entry " + i));
            }
            String lastId = Long.toString(last.id());
            staying.next(frame -> frame.path("event").asText().equals("update")
                    && payload(frame).get("id").asText().equals(lastId), "the last post");
        }
    }

    @Test
    void closing_the_app_with_open_streams_finishes_quickly_and_ends_them() {
        try (TestInstance other = TestInstance.start()) {
            Account carol = other.createFellow("carol");
            String token = other.tokens().issue(carol, "read").secret();
            StreamingClient.Socket socket = StreamingClient.webSocket(other, "/api/v1/streaming?stream=user", token);
            StreamingClient.EventStream events = StreamingClient.events(other, "/api/v1/streaming/user", token);
            events.nextComment();

            // The streams are ended by the server, not waited out: the guard only catches a stop that hangs.
            assertTimeoutPreemptively(Duration.ofSeconds(30), other::stop, "closing hung");
            assertEquals(1001, socket.closeCode(), "going away");
            events.awaitEnd();
        }
    }

    private static void awaitAdmitted(Fellow fellow) {
        long deadline = System.nanoTime() + Await.DEFAULT_TIMEOUT.toNanos();
        while (true) {
            try (StreamingClient.Socket socket = StreamingClient.webSocket(instance, "/api/v1/streaming?stream=public",
                    fellow.token())) {
                assertFalse(socket.webSocket().isInputClosed());
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Await.pause(Duration.ofMillis(100));
            }
        }
    }

    private static void expectJsonError(int status, HttpResponse<InputStream> response) {
        try (InputStream body = response.body()) {
            String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(status, response.statusCode(), text);
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), text);
            assertTrue(StreamingClient.parse(text).get("error").isTextual(), text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
