package org.bureaucrathackers.fellowship.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.bureaucrathackers.fellowship.json.Json;

/**
 * Streaming clients for HTTP tests: a WebSocket client that collects the frames it receives (as masto.js
 * connects), and a server-sent events reader that collects events (as Mastodon.py reads them).
 */
public final class StreamingClient {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    public static final Duration WAIT = Duration.ofSeconds(15);

    private StreamingClient() {
    }

    /** An open WebSocket and what has come over it. */
    public static final class Socket implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket webSocket;

        @Override
        public void onOpen(WebSocket socket) {
            socket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(parse(partial.toString()));
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
            closedWith.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            closedWith.complete(-1);
        }

        public WebSocket webSocket() {
            return webSocket;
        }

        public String subprotocol() {
            return webSocket.getSubprotocol();
        }

        /** Sends a text message, such as {@code {"type":"subscribe","stream":"public"}}. */
        public void send(String text) {
            webSocket.sendText(text, true).join();
        }

        /** The next frame whose {@code event} is {@code event}, skipping others; fails after a while. */
        public JsonNode next(String event) {
            return next(frame -> event.equals(frame.path("event").asText()), "an '" + event + "' event");
        }

        /** The next frame matching {@code wanted}, skipping others; fails after a while. */
        public JsonNode next(Predicate<JsonNode> wanted, String what) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<JsonNode> skipped = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                JsonNode frame = poll(Duration.ofNanos(deadline - System.nanoTime()));
                if (frame == null) {
                    break;
                }
                if (wanted.test(frame)) {
                    return frame;
                }
                skipped.add(frame);
            }
            throw new AssertionError("no " + what + " arrived; got " + skipped);
        }

        /**
         * Every frame up to and including the first that matches {@code last}; fails if that one never comes.
         * Sent after something that must not arrive, {@code last} proves it did not: events reach a socket in
         * the order they were published.
         */
        public List<JsonNode> until(Predicate<JsonNode> last, String what) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<JsonNode> result = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                JsonNode frame = poll(Duration.ofNanos(deadline - System.nanoTime()));
                if (frame == null) {
                    break;
                }
                result.add(frame);
                if (last.test(frame)) {
                    return result;
                }
            }
            throw new AssertionError("no " + what + " arrived; got " + result);
        }

        /** The next {@code count} frames; fails if fewer arrive. */
        public List<JsonNode> take(int count) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<JsonNode> result = new ArrayList<>();
            while (result.size() < count && System.nanoTime() < deadline) {
                JsonNode frame = poll(Duration.ofNanos(deadline - System.nanoTime()));
                if (frame == null) {
                    break;
                }
                result.add(frame);
            }
            if (result.size() < count) {
                throw new AssertionError("expected " + count + " frames; got " + result);
            }
            return result;
        }

        /**
         * Returns once the server has handled every message sent before: it answers messages in order, so the
         * error event for a message it does not understand comes after the work for the ones before.
         */
        public void sync() {
            send("{\"type\":\"sync\"}");
            next(frame -> frame.has("error"), "the answer to a sync message");
        }

        /** Every frame that arrives within {@code quiet}. */
        public List<JsonNode> drain(Duration quiet) {
            List<JsonNode> result = new ArrayList<>();
            JsonNode frame;
            while ((frame = poll(quiet)) != null) {
                result.add(frame);
            }
            return result;
        }

        private JsonNode poll(Duration timeout) {
            try {
                return frames.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** The close code the server sent, waiting for it a while. */
        public int closeCode() {
            try {
                return closedWith.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                throw new AssertionError("the server did not close the WebSocket", e);
            }
        }

        @Override
        public void close() {
            if (!webSocket.isOutputClosed()) {
                webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
            }
            webSocket.abort();
        }
    }

    /** Opens a WebSocket to {@code pathAndQuery} (under ws://host:port), offering {@code subprotocols}. */
    public static Socket webSocket(TestInstance instance, String pathAndQuery, String... subprotocols) {
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        return connect(instance, pathAndQuery, builder);
    }

    /** Opens a WebSocket with the token in an {@code Authorization: Bearer} header. */
    public static Socket webSocketWithBearer(TestInstance instance, String pathAndQuery, String token) {
        return connect(instance, pathAndQuery, CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .header("Authorization", "Bearer " + token));
    }

    private static Socket connect(TestInstance instance, String pathAndQuery, WebSocket.Builder builder) {
        Socket socket = new Socket();
        try {
            socket.webSocket = builder.buildAsync(URI.create(instance.base().replaceFirst("^http", "ws") + pathAndQuery),
                    socket).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("WebSocket to " + pathAndQuery + " failed: " + e, e);
        }
        return socket;
    }

    /** The HTTP status with which the server refused a WebSocket handshake; fails if it was accepted. */
    public static int refusedHandshake(TestInstance instance, String pathAndQuery, String... headers) {
        WebSocket.Builder builder = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        try {
            WebSocket socket = builder.buildAsync(URI.create(instance.base().replaceFirst("^http", "ws") + pathAndQuery),
                    new WebSocket.Listener() {
                    }).get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            socket.abort();
            throw new AssertionError("the handshake to " + pathAndQuery + " was accepted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw new AssertionError(e);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        }
    }

    /** An open server-sent events response and the events read from it so far. */
    public static final class EventStream implements AutoCloseable {
        private final BlockingQueue<String[]> events = new LinkedBlockingQueue<>();
        private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
        private final HttpResponse<InputStream> response;
        private final Thread reader;

        private EventStream(HttpResponse<InputStream> response) {
            this.response = response;
            this.reader = new Thread(this::read, "test-sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        public HttpResponse<InputStream> response() {
            return response;
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                String event = null;
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (event != null) {
                            events.add(new String[] {event, data.toString()});
                        }
                        event = null;
                        data.setLength(0);
                    } else if (line.startsWith(":")) {
                        comments.add(line.substring(1));
                    } else if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.append(data.length() == 0 ? "" : "\n").append(line.substring(6));
                    }
                }
            } catch (IOException e) {
                // The stream was closed.
            }
            events.add(new String[] {"(end)", ""});
        }

        /** The data of the next event called {@code event}; fails after a while. */
        public String next(String event) {
            long deadline = System.nanoTime() + WAIT.toNanos();
            List<String> skipped = new ArrayList<>();
            try {
                while (System.nanoTime() < deadline) {
                    String[] next = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                    if (next == null) {
                        break;
                    }
                    if (next[0].equals(event)) {
                        return next[1];
                    }
                    skipped.add(next[0]);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new AssertionError("no '" + event + "' event arrived; got " + skipped);
        }

        /** The next comment line (without its colon); fails after a while. */
        public String nextComment() {
            try {
                String comment = comments.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
                if (comment == null) {
                    throw new AssertionError("no comment line arrived");
                }
                return comment;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        /** Waits until the server ends the response. */
        public void awaitEnd() {
            next("(end)");
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException e) {
                // Closing anyway.
            }
            reader.interrupt();
        }
    }

    /** Opens a server-sent events stream; fails unless the server answers 200. */
    public static EventStream events(TestInstance instance, String pathAndQuery, String token) {
        HttpResponse<InputStream> response = open(instance, pathAndQuery, token);
        if (response.statusCode() != 200) {
            String body;
            try (InputStream in = response.body()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                body = e.toString();
            }
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + body);
        }
        return new EventStream(response);
    }

    /** Asks for a server-sent events stream and returns the response as it starts, whatever its status. */
    public static HttpResponse<InputStream> open(TestInstance instance, String pathAndQuery, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(instance.url(pathAndQuery)))
                .header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
