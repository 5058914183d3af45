package org.bureaucrathackers.fellowship;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bureaucrathackers.fellowship.assembly.Assembly;
import org.bureaucrathackers.fellowship.assembly.ClientApi;
import org.bureaucrathackers.fellowship.assembly.RouteTable;
import org.bureaucrathackers.fellowship.assembly.WebSurface;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.web.ListeningSocket;
import org.bureaucrathackers.fellowship.web.WebServer;

/**
 * The composition root: an {@link Assembly} of every service, and the web server with its route modules on
 * top. The CLI opens the assembly without the web server and workers (what it queues is sent by the running
 * server); {@code serve} and the HTTP tests start both.
 */
public final class App implements AutoCloseable {

    private static final Duration INBOX_POLL = Duration.ofMillis(500);

    private final Assembly assembly;
    private final AtomicBoolean closed = new AtomicBoolean();
    private ClientApi clientApi;
    private WebServer web;

    /** An app on an assembly already built; it owns the assembly from now on and closes it. */
    public App(Assembly assembly) {
        this.assembly = assembly;
    }

    /**
     * Opens (and migrates) the database and builds the services, without listening for HTTP. Tests that need
     * another clock, resolver or limits build the {@link Assembly} themselves and hand it to the constructor.
     */
    public static App open(Settings settings) {
        return new App(Assembly.open(settings));
    }

    /** Starts the HTTP server on the configured bind address, then the inbox and delivery workers. */
    public App startServer() {
        return startServer(null);
    }

    /**
     * Starts the HTTP server on {@code listening}, a socket bound before the settings were made (so that a port
     * the system chose can be part of the public URL), then the workers; null binds the configured address.
     */
    public App startServer(ListeningSocket listening) {
        var base = assembly.foundation;
        base.fellows.instanceActor();
        WebSurface webSurface = new WebSurface(base, assembly.federation, assembly.features, assembly.inbound);
        clientApi = new ClientApi(base, assembly.federation, assembly.features, webSurface);
        List<Routes> routes = RouteTable.of(base.settings, clientApi, webSurface);
        web = listening == null
                ? new WebServer(routes, webSurface.pages, null, webSurface.visits).start(base.settings.bindHost(), base.settings.bindPort())
                : new WebServer(routes, webSurface.pages, listening, webSurface.visits).start();
        assembly.inbound.worker.start(INBOX_POLL);
        assembly.federation.deliveryWorker.start();
        assembly.features.media.startBackgroundProcessing();
        assembly.features.remoteMedia.start();
        return this;
    }

    public int port() {
        return web.port();
    }

    /** Stops the web server, then the workers (which finish or hand back their work), then the database; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // Streams first: open connections would otherwise hold the web server's stop for its whole timeout.
        assembly.features.streamEvents.close();
        if (clientApi != null) {
            clientApi.close();
        }
        if (web != null) {
            web.stop();
        }
        assembly.close();
    }
}
