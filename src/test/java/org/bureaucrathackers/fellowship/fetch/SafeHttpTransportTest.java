package org.bureaucrathackers.fellowship.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.testing.TestPeer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The outgoing transport against a real loopback server: address guard, caps, timeouts, no redirects. */
class SafeHttpTransportTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String AGENT = SafeHttpTransport.userAgent("1.2.3", "https://ministry.example");

    private final TestPeer peer = TestPeer.start();
    private SafeHttpTransport transport;

    @AfterEach
    void stop() {
        if (transport != null) {
            transport.close();
        }
        peer.close();
    }

    private SafeHttpTransport transport(boolean allowPrivateNetwork, TransportLimits limits) {
        transport = new SafeHttpTransport(new AddressPolicy(allowPrivateNetwork), peer.resolver(), limits, AGENT);
        return transport;
    }

    private SafeHttpTransport transport(boolean allowPrivateNetwork) {
        return transport(allowPrivateNetwork, TransportLimits.DEFAULT);
    }

    @Test
    void a_get_reaches_the_peer_with_our_user_agent_and_the_callers_headers() throws IOException {
        String origin = peer.origin("peer.example");
        peer.serveDocument("peer.example", "/doc", "text/plain", "hello");

        TransportResponse response = transport(true).send("GET", URI.create(origin + "/doc"),
                Map.of("Accept", "text/plain", "X-Test", "yes"), null, TIMEOUT);

        assertEquals(200, response.status());
        assertEquals("hello", new String(response.body(), StandardCharsets.UTF_8));
        assertEquals("text/plain", response.header("Content-Type"));
        TestPeer.Recorded request = peer.requestsTo("/doc").get(0);
        assertEquals("Fellowship/1.2.3 (+https://ministry.example)", request.header("User-Agent"));
        assertEquals("yes", request.header("X-Test"));
        assertEquals("peer.example:" + peer.port(), request.header("Host"));
    }

    @Test
    void a_host_header_given_by_the_signer_is_the_one_sent() throws IOException {
        String origin = peer.origin("peer.example");
        peer.serveDocument("peer.example", "/doc", "text/plain", "hello");

        transport(true).send("GET", URI.create(origin + "/doc"), Map.of("Host", "peer.example:" + peer.port()),
                null, TIMEOUT);

        TestPeer.Recorded request = peer.requestsTo("/doc").get(0);
        assertEquals(1, request.headers().get("host").size());
        assertEquals("peer.example:" + peer.port(), request.header("Host"));
    }

    @Test
    void a_post_sends_its_body() throws IOException {
        String origin = peer.origin("peer.example");
        byte[][] received = new byte[1][];
        peer.serve("peer.example", "/inbox", exchange -> TestPeer.reply(exchange, 202, "text/plain", ""));

        TransportResponse response = transport(true).send("POST", URI.create(origin + "/inbox"),
                Map.of("Content-Type", "application/activity+json"), "{\"a\":1}".getBytes(StandardCharsets.UTF_8),
                TIMEOUT);

        assertEquals(202, response.status());
        TestPeer.Recorded request = peer.requestsTo("/inbox").get(0);
        assertEquals("POST", request.method());
        assertEquals("application/activity+json", request.header("Content-Type"));
        assertEquals("7", request.header("Content-Length"));
    }

    @Test
    void loopback_is_refused_when_the_private_network_is_not_allowed() {
        peer.serveDocument("peer.example", "/doc", "text/plain", "hello");

        FetchException e = assertThrows(FetchException.class, () -> transport(false).send("GET",
                URI.create("http://127.0.0.1:" + peer.port() + "/doc"), Map.of(), null, TIMEOUT));

        assertEquals(FetchException.Kind.FORBIDDEN_ADDRESS, e.kind());
        assertTrue(e.getMessage().contains("127.0.0.1 is a loopback address"), e.getMessage());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void a_name_that_resolves_to_a_private_address_is_refused_before_connecting() {
        peer.resolve("evil.example", "10.0.0.1");

        FetchException e = assertThrows(FetchException.class, () -> transport(false).send("GET",
                URI.create("http://evil.example/actor"), Map.of(), null, TIMEOUT));

        assertEquals(FetchException.Kind.FORBIDDEN_ADDRESS, e.kind());
        assertTrue(e.getMessage().contains("evil.example"), e.getMessage());
        assertTrue(e.getMessage().contains("10.0.0.1"), e.getMessage());
        assertEquals(false, e.isTransient());
    }

    @Test
    void a_name_that_resolves_to_a_special_address_is_refused_even_on_a_private_network() {
        peer.resolve("benchmark.example", "198.18.0.1");

        FetchException e = assertThrows(FetchException.class, () -> transport(true).send("GET",
                URI.create("http://benchmark.example/"), Map.of(), null, TIMEOUT));

        assertEquals(FetchException.Kind.FORBIDDEN_ADDRESS, e.kind());
    }

    @Test
    void onion_hosts_and_other_schemes_are_refused() {
        SafeHttpTransport t = transport(true);

        assertEquals(FetchException.Kind.FORBIDDEN_ADDRESS, assertThrows(FetchException.class, () -> t.send("GET",
                URI.create("http://abcdefgh.onion/actor"), Map.of(), null, TIMEOUT)).kind());
        assertEquals(FetchException.Kind.BAD_URL, assertThrows(FetchException.class, () -> t.send("GET",
                URI.create("ftp://peer.example/actor"), Map.of(), null, TIMEOUT)).kind());
        assertEquals(FetchException.Kind.BAD_URL, assertThrows(FetchException.class, () -> t.send("GET",
                URI.create("http://user:secret@peer.example/actor"), Map.of(), null, TIMEOUT)).kind());
    }

    @Test
    void an_unknown_host_is_a_transient_network_failure() {
        FetchException e = assertThrows(FetchException.class, () -> transport(true).send("GET",
                URI.create("http://nowhere.example/"), Map.of(), null, TIMEOUT));

        assertEquals(FetchException.Kind.NETWORK, e.kind());
        assertTrue(e.isTransient());
    }

    @Test
    void redirects_are_returned_not_followed() throws IOException {
        String origin = peer.origin("peer.example");
        peer.serveRedirect("peer.example", "/old", 301, origin + "/new");
        peer.serveDocument("peer.example", "/new", "text/plain", "new");

        TransportResponse response = transport(true).send("GET", URI.create(origin + "/old"), Map.of(), null, TIMEOUT);

        assertEquals(301, response.status());
        assertEquals(origin + "/new", response.header("location"));
        assertTrue(peer.requestsTo("/new").isEmpty());
    }

    @Test
    void a_body_streamed_past_the_cap_without_a_content_length_is_refused() {
        String origin = peer.origin("peer.example");
        peer.serve("peer.example", "/huge", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/activity+json");
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) ' ');
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 20; i++) {
                    out.write(chunk);
                }
            } catch (IOException clientGaveUp) {
                // Expected: the client stops reading at the cap.
            }
        });

        FetchException e = assertThrows(FetchException.class, () -> transport(true).send("GET",
                URI.create(origin + "/huge"), Map.of(), null, TIMEOUT));

        assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
    }

    @Test
    void a_body_just_under_the_cap_is_read_whole() throws IOException {
        String origin = peer.origin("peer.example");
        int size = TransportLimits.ONE_MIB;
        peer.serve("peer.example", "/big", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[size]);
            }
        });

        TransportResponse response = transport(true).send("GET", URI.create(origin + "/big"), Map.of(), null, TIMEOUT);

        assertEquals(size, response.body().length);
    }

    @Test
    void a_declared_content_length_past_the_cap_is_refused_before_reading() {
        String origin = peer.origin("peer.example");
        TransportLimits small = new TransportLimits(Duration.ofSeconds(5), Duration.ofSeconds(20), 1000, 1000);
        peer.serve("peer.example", "/declared", exchange -> {
            exchange.sendResponseHeaders(200, 5000);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(new byte[5000]);
            } catch (IOException clientGaveUp) {
                // Expected.
            }
        });

        FetchException e = assertThrows(FetchException.class, () -> transport(true, small).send("GET",
                URI.create(origin + "/declared"), Map.of(), null, TIMEOUT));

        assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
        assertTrue(e.getMessage().contains("1000 bytes"), e.getMessage());
    }

    @Test
    void a_request_body_past_the_cap_is_not_sent() {
        String origin = peer.origin("peer.example");
        TransportLimits small = new TransportLimits(Duration.ofSeconds(5), Duration.ofSeconds(20), 1000, 1000);

        FetchException e = assertThrows(FetchException.class, () -> transport(true, small).send("POST",
                URI.create(origin + "/inbox"), Map.of(), new byte[1001], TIMEOUT));

        assertEquals(FetchException.Kind.TOO_LARGE, e.kind());
        assertTrue(peer.requests().isEmpty());
    }

    @Test
    void a_slow_server_times_out() {
        String origin = peer.origin("peer.example");
        TransportLimits quick = new TransportLimits(Duration.ofSeconds(2), Duration.ofMillis(400), 1000, 1000);
        // The server answers only once the client has given up: an answer can only mean no timeout was applied.
        CountDownLatch gaveUp = new CountDownLatch(1);
        peer.serve("peer.example", "/slow", exchange -> {
            awaitQuietly(gaveUp);
            TestPeer.reply(exchange, 200, "text/plain", "late");
        });

        FetchException e;
        try {
            e = assertThrows(FetchException.class, () -> transport(true, quick).send("GET",
                    URI.create(origin + "/slow"), Map.of(), null, TIMEOUT));
        } finally {
            gaveUp.countDown();
        }

        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
        assertTrue(e.isTransient());
    }

    @Test
    void a_body_that_stalls_midway_times_out() {
        String origin = peer.origin("peer.example");
        TransportLimits quick = new TransportLimits(Duration.ofSeconds(2), Duration.ofMillis(400), 1000, 1000);
        CountDownLatch gaveUp = new CountDownLatch(1);
        peer.serve("peer.example", "/stall", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"partial\":".getBytes(StandardCharsets.UTF_8));
            out.flush();
            awaitQuietly(gaveUp);
            out.close();
        });

        FetchException e;
        try {
            e = assertThrows(FetchException.class, () -> transport(true, quick).send("GET",
                    URI.create(origin + "/stall"), Map.of(), null, TIMEOUT));
        } finally {
            gaveUp.countDown();
        }

        assertEquals(FetchException.Kind.TIMEOUT, e.kind());
    }

    /**
     * Holds a peer's answer until the client gave up; the bound only keeps a client that never gives up from
     * hanging the suite (it then gets the answer, and the test fails).
     */
    private static void awaitQuietly(CountDownLatch gaveUp) {
        try {
            gaveUp.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void responses_keep_every_header_value_under_lower_case_names() throws IOException {
        String origin = peer.origin("peer.example");
        peer.serve("peer.example", "/headers", exchange -> {
            exchange.getResponseHeaders().add("X-Many", "one");
            exchange.getResponseHeaders().add("X-Many", "two");
            TestPeer.reply(exchange, 200, "text/plain", "ok");
        });

        TransportResponse response = transport(true).send("GET", URI.create(origin + "/headers"), Map.of(), null,
                TIMEOUT);

        assertArrayEquals(new String[]{"one", "two"}, response.headers().get("x-many").toArray());
    }
}
