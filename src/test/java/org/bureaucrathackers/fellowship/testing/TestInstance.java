package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.bureaucrathackers.fellowship.App;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.assembly.Assembly;
import org.bureaucrathackers.fellowship.community.CommunityService;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.delivery.DeliveryQueue;
import org.bureaucrathackers.fellowship.delivery.DeliveryWorker;
import org.bureaucrathackers.fellowship.delivery.HostHealth;
import org.bureaucrathackers.fellowship.delivery.QueueOverview;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.MuteService;
import org.bureaucrathackers.fellowship.follow.ReceivedFollows;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.inbox.InboxWorker;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.moderation.DomainBlocks;
import org.bureaucrathackers.fellowship.moderation.Suspensions;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.PostingPreferences;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.post.StatusAccess;
import org.bureaucrathackers.fellowship.post.StatusResolver;
import org.bureaucrathackers.fellowship.practice.PracticeService;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.web.ListeningSocket;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/**
 * A real instance for HTTP tests: the whole {@link App} on a loopback port the system picks, with its own H2 database
 * in a temporary folder; tests reach its services through it. Close it to stop the server and delete nothing but what it created.
 */
public final class TestInstance implements AutoCloseable {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final App app;
    private final Assembly assembly;
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

    private TestInstance(App app, Assembly assembly, Path dataDir, HostResolver resolver, String schema) {
        this.app = app;
        this.assembly = assembly;
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
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("fellowship-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The port is part of every id the instance stores, so the socket is bound (on a port the system picks)
        // before the settings are made, and the server then accepts on that very socket.
        ListeningSocket listening = ListeningSocket.open("127.0.0.1", 0);
        try {
            int port = listening.port();
            Settings settings = new Settings(URI.create("http://localhost:" + port), "127.0.0.1", port, dataDir,
                    storage.jdbcUrl().apply(dataDir), allowPrivateNetwork, "Test Ministry",
                    "A ministry instance used in tests.");
            Assembly assembly = Assembly.open(adjust.apply(settings), storage.schema(), clock, resolver,
                    discoveryLimits);
            return new TestInstance(new App(assembly).startServer(listening), assembly, dataDir, resolver,
                    storage.schema());
        } catch (RuntimeException e) {
            listening.close();
            throw e;
        }
    }


    /** scheme://host:port, no trailing slash. */
    public String base() {
        return settings().baseUrl();
    }

    public String domain() {
        return settings().domain();
    }

    public Account createFellow(String username) {
        return fellows().create(new FellowService.NewFellow(username, null, null, null, false));
    }

    // What tests reach inside the instance: the services of its modules, as the server wires them.

    public int port() {
        return app.port();
    }

    public Settings settings() {
        return assembly.foundation.settings;
    }

    public LocalUris uris() {
        return assembly.foundation.uris;
    }

    public Database database() {
        return assembly.foundation.database;
    }

    public FellowService fellows() {
        return assembly.foundation.fellows;
    }

    /** The stored keys of an account (the signing code uses them; they are never served). */
    public List<StoredKey> accountKeys(long accountId) {
        return assembly.foundation.accounts.keysOf(accountId);
    }

    public AccessTokens tokens() {
        return assembly.foundation.tokens;
    }

    public DomainBlocks domainBlocks() {
        return assembly.foundation.domainBlocks;
    }

    public Suspensions suspensions() {
        return assembly.foundation.suspensions;
    }

    public ActivityPubFetcher fetcher() {
        return assembly.federation.fetcher;
    }

    public RemoteActors remoteActors() {
        return assembly.federation.remoteActors;
    }

    public WebFingerClient webFinger() {
        return assembly.federation.webFinger;
    }

    public DeliveryQueue deliveryQueue() {
        return assembly.federation.deliveryQueue;
    }

    public DeliveryWorker deliveryWorker() {
        return assembly.federation.deliveryWorker;
    }

    public HostHealth hostHealth() {
        return assembly.federation.hostHealth;
    }

    public QueueOverview queueOverview() {
        return assembly.federation.queueOverview;
    }

    public InboxWorker inboxWorker() {
        return assembly.inbound.worker;
    }

    public PostService posts() {
        return assembly.features.posts;
    }

    public InteractionService interactions() {
        return assembly.features.interactions;
    }

    public FollowService follows() {
        return assembly.features.follows;
    }

    public ReceivedFollows receivedFollows() {
        return assembly.features.receivedFollows;
    }

    public BlockService blocks() {
        return assembly.features.blocking;
    }

    public Notifications notifications() {
        return assembly.features.notifications;
    }

    public RemoteNotes remoteNotes() {
        return assembly.features.remoteNotes;
    }

    public ProfileService profiles() {
        return assembly.features.profiles;
    }

    public PracticeService practices() {
        return assembly.features.practices;
    }

    public StatusResolver statusResolver() {
        return assembly.features.statusResolver;
    }

    public MuteService mutes() {
        return assembly.features.mutes;
    }

    public PostingPreferences postingPreferences() {
        return assembly.features.postingPreferences;
    }

    public CommunityService communities() {
        return assembly.features.communities;
    }

    public StatusAccess statusAccess() {
        return assembly.features.statusAccess;
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
        Assembly parts = Assembly.open(settings(), schema, Clock.systemUTC(), resolver,
                DiscoveryBudget.Limits.DEFAULT);
        App again = new App(parts).startServer();
        return new TestInstance(again, parts, dataDir, resolver, schema);
    }

    @Override
    public void close() {
        stop();
        if (!handedOver) {
            TempFiles.deleteRecursively(dataDir);
        }
    }
}
