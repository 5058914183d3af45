package org.bureaucrathackers.fellowship.mastodon.streaming;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.post.Status;
import org.junit.jupiter.api.Test;

/** Announcing a committed status only queues it: however stuck streaming is, the poster never waits. */
class StreamEventsTest {

    @Test
    void events_are_queued_and_beyond_the_backlog_dropped_so_the_poster_never_waits() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        // Routing looks the author up first: here that lookup hangs until the test lets it go.
        AccountStore stuckAccounts = (AccountStore) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {AccountStore.class}, (proxy, method, args) -> {
                    release.await(5, TimeUnit.MINUTES);
                    return Optional.empty();
                });
        StreamLimits limits = StreamLimits.DEFAULT;
        try (EventHub hub = new EventHub(limits); StreamEvents events = new StreamEvents()) {
            Connection listener = new Connection(new Caller(1, null, Set.of("read")), limits) {
                @Override
                void wake() {
                }

                @Override
                void closeTransport() {
                }
            };
            listener.subscribe(Channel.of("public", null));
            hub.admit(listener);
            events.start(hub, new StreamRouter(hub, stuckAccounts, null, null, null, null, null, null, null));

            // The router stays stuck until the announcing is over: a poster that waited on it would never finish.
            try {
                assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                    for (int i = 0; i < 25_000; i++) {
                        events.published(new Status(i, 1, "https://m.example/s/" + i, null, Status.Visibility.PUBLIC,
                                "<p>x</p>", null, null, Instant.EPOCH));
                    }
                }, "announcing waited on the stuck router");
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void before_the_server_starts_and_with_nobody_listening_events_go_nowhere() {
        try (StreamEvents events = new StreamEvents()) {
            events.published(new Status(1, 1, "https://m.example/s/1", null, Status.Visibility.PUBLIC, "", null, null,
                    Instant.EPOCH));
            try (EventHub hub = new EventHub(StreamLimits.DEFAULT)) {
                // A router that would fail on any use proves it is not called while the hub is idle.
                events.start(hub, new StreamRouter(hub, null, null, null, null, null, null, null, null));
                events.published(new Status(2, 1, "https://m.example/s/2", null, Status.Visibility.PUBLIC, "", null,
                        null, Instant.EPOCH));
                assertTrue(hub.isIdle());
            }
        }
    }
}
