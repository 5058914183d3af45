package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.bureaucrathackers.fellowship.App;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.web.PortInUseException;

/**
 * A real instance for HTTP tests: the whole {@link App} on a free loopback port, with its own H2 database
 * in a temporary folder. Close it to stop the server and delete nothing but what it created.
 */
public final class TestInstance implements AutoCloseable {

    private static final int PORT_ATTEMPTS = 5;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final App app;
    private final Path dataDir;
    private final HostResolver resolver;
    private final String schema;
    private boolean stopped;
    private boolean handedOver;

    /**
     * Where an instance keeps its data: the JDBC URL for its fresh data folder, and the PostgreSQL schema to live
     * in (null for H2). A start retried on another port reuses the schema, where the first attempt's instance actor
     * stays.
     */
    public record Storage(java.util.function.Function<Path, String> jdbcUrl, String schema) {
        /** An H2 file in the data folder, as a fresh install has it. */
        public static final Storage H2_FILE = new Storage(SettingsLoader::defaultDbUrl, null);
    }

    private TestInstance(App app, Path dataDir, HostResolver resolver, String schema) {
        this.app = app;
        this.dataDir = dataDir;
        this.resolver = resolver;
        this.schema = schema;
    }

    public static TestInstance start() {
        return start(HostResolver.SYSTEM, settings -> settings);
    }

    /** Starts with settings changed by {@code adjust} (say, authorized fetch on). */
    public static TestInstance startWith(java.util.function.UnaryOperator<Settings> adjust) {
        return start(HostResolver.SYSTEM, adjust);
    }

    /** An instance whose outgoing requests find hosts with {@code resolver} (e.g. a {@link TestPeer}'s names). */
    public static TestInstance start(HostResolver resolver) {
        return start(resolver, settings -> settings);
    }

    public static TestInstance start(HostResolver resolver, java.util.function.UnaryOperator<Settings> adjust) {
        return start(resolver, adjust, DiscoveryBudget.Limits.DEFAULT, Clock.systemUTC());
    }

    /** An instance whose inbound activities may discover only so much (X19 tests lower the limits). */
    public static TestInstance start(HostResolver resolver, java.util.function.UnaryOperator<Settings> adjust,
                                     DiscoveryBudget.Limits discoveryLimits) {
        return start(resolver, adjust, discoveryLimits, Clock.systemUTC());
    }

    /** An instance whose services read {@code clock}, which a test may move (expiry, rate-limit windows). */
    public static TestInstance startAt(Clock clock) {
        return start(HostResolver.SYSTEM, settings -> settings, DiscoveryBudget.Limits.DEFAULT, clock);
    }

    /**
     * An instance as shipped: the private network is not allowed, so its outgoing requests reach no loopback,
     * private or link-local address. Every other start allows the private network, for peers on loopback.
     */
    public static TestInstance startAsShipped(HostResolver resolver) {
        return start(resolver, settings -> settings, DiscoveryBudget.Limits.DEFAULT, Clock.systemUTC(), false);
    }

    /** An instance on {@code storage} (a JDBC URL with extra settings, say, or PostgreSQL). */
    public static TestInstance startOn(Storage storage, HostResolver resolver) {
        return start(resolver, settings -> settings, DiscoveryBudget.Limits.DEFAULT, Clock.systemUTC(), true,
                storage);
    }

    private static TestInstance start(HostResolver resolver, java.util.function.UnaryOperator<Settings> adjust,
                                      DiscoveryBudget.Limits discoveryLimits, Clock clock) {
        return start(resolver, adjust, discoveryLimits, clock, true);
    }

    private static TestInstance start(HostResolver resolver, java.util.function.UnaryOperator<Settings> adjust,
                                      DiscoveryBudget.Limits discoveryLimits, Clock clock,
                                      boolean allowPrivateNetwork) {
        return start(resolver, adjust, discoveryLimits, clock, allowPrivateNetwork, Storage.H2_FILE);
    }

    private static TestInstance start(HostResolver resolver, java.util.function.UnaryOperator<Settings> adjust,
                                      DiscoveryBudget.Limits discoveryLimits, Clock clock,
                                      boolean allowPrivateNetwork, Storage storage) {
        // A free port can be taken by another process before the server binds it; then try another, on a fresh
        // folder, since the port is part of every id the first attempt stored.
        for (int attempt = 1; ; attempt++) {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("fellowship-test");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            int port = freePort();
            Settings settings = new Settings(URI.create("http://localhost:" + port), "127.0.0.1", port, dataDir,
                    storage.jdbcUrl().apply(dataDir), allowPrivateNetwork, "Test Ministry",
                    "A ministry instance used in tests.");
            App app = App.open(adjust.apply(settings), storage.schema(), clock, resolver, discoveryLimits);
            try {
                return new TestInstance(app.startServer(), dataDir, resolver, storage.schema());
            } catch (PortInUseException e) {
                app.close();
                TempFiles.deleteRecursively(dataDir);
                if (attempt == PORT_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public App app() {
        return app;
    }

    /** scheme://host:port, no trailing slash. */
    public String base() {
        return app.settings().baseUrl();
    }

    public String domain() {
        return app.settings().domain();
    }

    public Account createFellow(String username) {
        return app.fellows().create(new FellowService.NewFellow(username, null, null, null, false));
    }

    public HttpResponse<String> get(String pathOrUrl, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathOrUrl)))
                .timeout(Duration.ofSeconds(20)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public String url(String pathOrUrl) {
        return pathOrUrl.startsWith("http") ? pathOrUrl : base() + pathOrUrl;
    }

    public Path dataDir() {
        return dataDir;
    }

    public boolean isStopped() {
        return stopped;
    }

    /** Stops the server and its workers as a shutdown would, keeping the data folder for {@link #startAgain()}. */
    public void stop() {
        if (!stopped) {
            stopped = true;
            app.close();
        }
    }

    /** A new App on this instance's data folder and port, as a restart finds it; the new one owns the folder. */
    public TestInstance startAgain() {
        stop();
        handedOver = true;
        App again = App.open(app.settings(), schema, Clock.systemUTC(), resolver).startServer();
        return new TestInstance(again, dataDir, resolver, schema);
    }

    @Override
    public void close() {
        stop();
        if (!handedOver) {
            TempFiles.deleteRecursively(dataDir);
        }
    }
}
