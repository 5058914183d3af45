package org.bureaucrathackers.fellowship.mastodon.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.testing.Await;
import org.junit.jupiter.api.Test;

/** The hub admits within limits, never waits on a subscriber, drops the slow ones and keeps idle ones alive. */
class EventHubTest {

    private static final StreamLimits SMALL = new StreamLimits(3, 2, 4, 4_096, 5, Duration.ofMinutes(5));
    private static final Channel PUBLIC = Channel.of("public", null);

    /** A subscriber whose transport takes nothing: whatever is delivered stays queued. */
    private static final class Stuck extends Connection {
        int closedTransports;

        Stuck(long tokenId, StreamLimits limits) {
            super(new Caller(tokenId, null, Set.of("read")), limits);
        }

        @Override
        void wake() {
        }

        @Override
        void closeTransport() {
            closedTransports++;
        }

        List<Frame> queued() {
            return List.copyOf(queue);
        }
    }

    /** A subscriber that writes at once, remembering what it wrote. */
    private static final class Quick extends Connection {
        final List<Frame> written = new CopyOnWriteArrayList<>();

        Quick(long tokenId, StreamLimits limits) {
            super(new Caller(tokenId, null, Set.of("read")), limits);
        }

        @Override
        void wake() {
            Frame frame;
            while ((frame = queue.poll()) != null) {
                written.add(frame);
            }
        }

        @Override
        void closeTransport() {
        }
    }

    @Test
    void a_slow_subscriber_is_dropped_without_holding_up_the_publisher_or_the_others() {
        try (EventHub hub = new EventHub(SMALL)) {
            Stuck slow = new Stuck(1, SMALL);
            Quick quick = new Quick(2, SMALL);
            slow.subscribe(PUBLIC);
            quick.subscribe(PUBLIC);
            assertEquals(EventHub.Refusal.NONE, hub.admit(slow));
            assertEquals(EventHub.Refusal.NONE, hub.admit(quick));

            // The stuck subscriber never takes anything: a publisher that waited on it would never finish.
            assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                for (int i = 0; i < 1_000; i++) {
                    hub.publish(channel -> true, connection -> true, "update", "{\"id\":\"" + i + "\"}");
                }
            }, "publishing waited on the stuck subscriber");
            assertTrue(slow.isClosed(), "the slow subscriber was dropped");
            assertEquals(1, slow.closedTransports);
            assertEquals(List.of(), slow.queued(), "what it had queued was let go");
            assertEquals(1, hub.size());
            assertEquals(1_000, quick.written.size(), "the quick one got every event");
            assertEquals("{\"id\":\"999\"}", quick.written.get(999).payload());
        }
    }

    @Test
    void a_closed_subscriber_takes_nothing_and_is_forgotten() {
        try (EventHub hub = new EventHub(SMALL)) {
            Quick gone = new Quick(1, SMALL);
            gone.subscribe(PUBLIC);
            hub.admit(gone);
            gone.close();

            hub.publish(channel -> true, connection -> true, "update", "{}");
            assertFalse(gone.deliver(new Frame(List.of("public"), "update", "{}")));
            assertEquals(List.of(), gone.written);
            assertEquals(0, hub.size());
        }
    }

    @Test
    void connections_are_admitted_within_the_limits_per_token_and_overall() {
        try (EventHub hub = new EventHub(SMALL)) {
            Quick first = new Quick(1, SMALL);
            assertEquals(EventHub.Refusal.NONE, hub.admit(first));
            assertEquals(EventHub.Refusal.NONE, hub.admit(new Quick(1, SMALL)));
            assertEquals(EventHub.Refusal.TOKEN_FULL, hub.admit(new Quick(1, SMALL)));
            assertEquals(EventHub.Refusal.NONE, hub.admit(new Quick(2, SMALL)));
            assertEquals(EventHub.Refusal.SERVER_FULL, hub.admit(new Quick(3, SMALL)));

            first.close();
            assertEquals(EventHub.Refusal.NONE, hub.wouldRefuse(1), "a closed connection frees its place");

            hub.close();
            assertEquals(EventHub.Refusal.SHUTTING_DOWN, hub.admit(new Quick(4, SMALL)));
        }
    }

    @Test
    void a_connection_listens_to_a_bounded_number_of_channels() {
        Quick connection = new Quick(1, SMALL);
        for (String name : List.of("public", "public:local", "user", "hashtag")) {
            connection.subscribe(name.equals("hashtag") ? Channel.of(name, "budget") : Channel.of(name, null));
        }
        connection.subscribe(Channel.of("public", null));
        HttpError refused = assertThrows(HttpError.class, () -> connection.subscribe(Channel.of("public:remote", null)));
        assertEquals(400, refused.status());
        connection.unsubscribe(Channel.of("hashtag", "budget"));
        connection.subscribe(Channel.of("public:remote", null));
        assertEquals(4, connection.channels().size());
    }

    @Test
    void events_go_only_to_matching_channels_labelled_as_the_client_asked() {
        try (EventHub hub = new EventHub(SMALL)) {
            Quick connection = new Quick(1, SMALL);
            connection.subscribe(Channel.of("hashtag", "OpenData"));
            connection.subscribe(Channel.of("public:local", null));
            hub.admit(connection);

            hub.publish(channel -> channel.isHashtag() && channel.tagKey().equals("opendata"), c -> true, "update",
                    "{}");
            hub.publish(channel -> channel.isHashtag() && channel.tagKey().equals("budget"), c -> true, "update",
                    "{}");
            hub.publish(Channel::isPublic, c -> false, "update", "{}");

            assertEquals(List.of(List.of("hashtag", "OpenData")),
                    connection.written.stream().map(Frame::stream).toList());
        }
    }

    @Test
    void idle_connections_hear_heartbeats() {
        StreamLimits fast = new StreamLimits(3, 2, 4, 4_096, 5, Duration.ofMillis(50));
        try (EventHub hub = new EventHub(fast)) {
            Quick idle = new Quick(1, fast);
            hub.admit(idle);
            Await.until("a heartbeat", () -> idle.written.stream().anyMatch(Frame::isHeartbeat));
        }
    }
}
