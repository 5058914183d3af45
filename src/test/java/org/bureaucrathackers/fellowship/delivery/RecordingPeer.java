package org.bureaucrathackers.fellowship.delivery;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Another server's inbox on a loopback port: records every request, answers as the test tells it, and counts how
 * many requests it was serving at once.
 */
final class RecordingPeer implements AutoCloseable {

    /** A request as the peer received it; header names lower-cased. */
    record Received(String method, String path, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String scheme() {
            return header(SchemeNamingSigning.SCHEME_HEADER);
        }
    }

    /** What to answer, after an optional pause. */
    record Reply(int status, Map<String, String> headers, Duration pause) {
        static Reply status(int status) {
            return new Reply(status, Map.of(), Duration.ZERO);
        }

        Reply pausing(Duration pause) {
            return new Reply(status, headers, pause);
        }

        Reply with(String header, String value) {
            Map<String, String> more = new TreeMap<>(headers);
            more.put(header, value);
            return new Reply(status, more, pause);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger serving = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private volatile Function<Received, Reply> replies = request -> Reply.status(202);

    private RecordingPeer(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    static RecordingPeer start() {
        return startOn(0);
    }

    /** Starts on a given port, as a server that was down and comes back up. */
    static RecordingPeer startOn(int port) {
        try {
            return new RecordingPeer(port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A loopback port nothing listens on (yet). */
    static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String url(int port, String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String url(String path) {
        return url(port(), path);
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The host as deliveries name it. */
    String host() {
        return "127.0.0.1:" + port();
    }

    void answer(Function<Received, Reply> replies) {
        this.replies = replies;
    }

    void answer(int status) {
        answer(request -> Reply.status(status));
    }

    List<Received> requests() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    int count() {
        synchronized (received) {
            return received.size();
        }
    }

    int mostAtOnce() {
        return mostAtOnce.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = serving.incrementAndGet();
        mostAtOnce.accumulateAndGet(now, Math::max);
        try (exchange) {
            Map<String, String> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) ->
                    headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
            Received request = new Received(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
                    headers, exchange.getRequestBody().readAllBytes());
            synchronized (received) {
                received.add(request);
            }
            Reply reply = replies.apply(request);
            if (!reply.pause().isZero()) {
                Await.pause(reply.pause());
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(reply.status(), -1);
        } finally {
            serving.decrementAndGet();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
