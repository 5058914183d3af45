package org.bureaucrathackers.fellowship.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.bureaucrathackers.fellowship.fetch.HostResolver;

/**
 * Another server for fetch tests: one JDK HTTP server on a loopback port that answers for any number of
 * host names (dispatching on the Host header), with a resolver that maps those names to 127.0.0.1.
 */
public final class TestPeer implements AutoCloseable {

    public static final String ACTIVITY_JSON = "application/activity+json";

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, HttpHandler> routes = new ConcurrentHashMap<>();
    private final Map<String, InetAddress> names = new ConcurrentHashMap<>();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());

    /** A request as the peer received it; header names lower-cased. */
    public record Recorded(String method, String host, String path, Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private TestPeer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static TestPeer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService executor = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "test-peer");
                thread.setDaemon(true);
                return thread;
            });
            TestPeer peer = new TestPeer(server, executor);
            server.createContext("/", peer::dispatch);
            server.setExecutor(executor);
            server.start();
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** {@code http://host:port}: the origin of a host this peer answers for. */
    public String origin(String host) {
        names.putIfAbsent(host.toLowerCase(Locale.ROOT), InetAddress.getLoopbackAddress());
        return "http://" + host + ":" + port();
    }

    /** Makes the resolver answer {@code host} with {@code address} (which the peer does not listen on). */
    public void resolve(String host, String address) {
        try {
            names.put(host.toLowerCase(Locale.ROOT), InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }

    /** Like {@link #resolver()}, falling back to the system resolver (for real instances on localhost). */
    public HostResolver resolverOrSystem() {
        HostResolver own = resolver();
        return host -> names.containsKey(host.toLowerCase(Locale.ROOT)) ? own.resolve(host)
                : HostResolver.SYSTEM.resolve(host);
    }

    /** Resolves the names this peer answers for (and those given to {@link #resolve}); nothing else. */
    public HostResolver resolver() {
        return host -> {
            InetAddress address = names.get(host.toLowerCase(Locale.ROOT));
            if (address == null) {
                throw new UnknownHostException(host);
            }
            return List.of(address);
        };
    }

    public void serve(String host, String path, HttpHandler handler) {
        origin(host);
        routes.put(key(host, path), handler);
    }

    /** Serves a document with the given content type, with a Content-Length. */
    public void serveDocument(String host, String path, String contentType, String body) {
        serve(host, path, exchange -> reply(exchange, 200, contentType, body));
    }

    public void serveActivityJson(String host, String path, String body) {
        serveDocument(host, path, ACTIVITY_JSON, body);
    }

    public void serveStatus(String host, String path, int status) {
        serve(host, path, exchange -> reply(exchange, status, "text/plain", "status " + status));
    }

    public void serveRedirect(String host, String path, int status, String location) {
        serve(host, path, exchange -> {
            exchange.getResponseHeaders().add("Location", location);
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public List<Recorded> requestsTo(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    public static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String hostHeader = exchange.getRequestHeaders().getFirst("Host");
        String host = hostHeader == null ? "" : hostHeader.replaceFirst(":\\d+$", "");
        String path = exchange.getRequestURI().getRawPath();
        if (exchange.getRequestURI().getRawQuery() != null) {
            path += "?" + exchange.getRequestURI().getRawQuery();
        }
        Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        requests.add(new Recorded(exchange.getRequestMethod(), host, path, headers,
                exchange.getRequestBody().readAllBytes()));
        HttpHandler handler = routes.get(key(host, path));
        try {
            if (handler == null) {
                reply(exchange, 404, "text/plain", "nothing at " + path);
            } else {
                handler.handle(exchange);
            }
        } finally {
            exchange.close();
        }
    }

    private static String key(String host, String path) {
        return host.toLowerCase(Locale.ROOT) + " " + path;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
