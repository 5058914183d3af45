package org.bureaucrathackers.fellowship.assembly;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.fetch.HostResolver;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.store.Database;

/**
 * Everything but the HTTP surfaces, built in dependency order over one open database: foundation, federation,
 * features, inbound. The command line uses it without a web server; the server adds {@link ClientApi} and
 * {@link WebSurface} on top. Workers are built here but started only by the server.
 */
public final class Assembly implements AutoCloseable {

    private static final int POOL_SIZE = 10;

    public final Foundation foundation;
    public final Federation federation;
    public final Features features;
    public final Inbound inbound;
    private final AtomicBoolean closed = new AtomicBoolean();

    public Assembly(Settings settings, Database database, Clock clock, HostResolver resolver,
                    DiscoveryBudget.Limits discoveryLimits) {
        this.foundation = new Foundation(settings, database, clock);
        this.federation = new Federation(foundation, resolver);
        this.features = new Features(foundation, federation);
        this.inbound = new Inbound(foundation, federation, features, discoveryLimits);
    }

    /**
     * Opens (and migrates) the database and builds every module on it.
     *
     * @param schema a PostgreSQL schema to live in (tests), or null
     * @param resolver how outgoing requests find hosts (tests map made-up names to loopback)
     * @param discoveryLimits what one inbound activity may make this server discover (X19; tests lower them)
     */
    public static Assembly open(Settings settings, String schema, Clock clock, HostResolver resolver,
                                DiscoveryBudget.Limits discoveryLimits) {
        Database database = Database.open(settings.dbUrl(), schema, POOL_SIZE);
        try {
            return new Assembly(settings, database, clock, resolver, discoveryLimits);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Opens with the system clock and resolver and the default limits, as the command line does. */
    public static Assembly open(Settings settings) {
        return open(settings, null, Clock.systemUTC(), HostResolver.SYSTEM, DiscoveryBudget.Limits.DEFAULT);
    }

    /** Stops the workers (which finish or hand back their work), then outgoing HTTP, then the database; once. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        inbound.worker.close();
        features.communityAnnouncer.close();
        features.media.close();
        features.remoteMedia.close();
        federation.deliveryWorker.stop();
        federation.transport.close();
        federation.mediaTransport.close();
        foundation.database.close();
    }
}
