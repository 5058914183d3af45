package org.bureaucrathackers.fellowship.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tracks whether receiving hosts are up (DL2). Every failed attempt counts its UTC day; a host with failures on
 * {@code unavailableAfterFailureDays} distinct days is unavailable and only probed now and then. A delivery
 * that succeeds, any answer that shows the host is up, or a signed POST from the host (the inbox calls
 * {@link #markAlive}) makes it available again. Each of these changes is logged once, by the node that made it;
 * single failures are not.
 */
public final class HostHealth {

    private static final Logger LOG = LoggerFactory.getLogger(HostHealth.class);

    public static final int DEFAULT_UNAVAILABLE_AFTER_FAILURE_DAYS = 7;

    private final DeliveryHostStore store;
    private final Transactions transactions;
    private final Clock clock;
    private final int unavailableAfterFailureDays;
    private final Duration probeInterval;

    /**
     * @param transactions  the changes are logged once committed: a change rolled back was not made
     * @param probeInterval how often the delivery worker probes an unavailable host; only said in the log
     */
    public HostHealth(DeliveryHostStore store, Transactions transactions, Clock clock, int unavailableAfterFailureDays,
                      Duration probeInterval) {
        if (unavailableAfterFailureDays < 1 || unavailableAfterFailureDays > 365) {
            throw new IllegalArgumentException("unavailableAfterFailureDays must be 1 to 365");
        }
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
        this.unavailableAfterFailureDays = unavailableAfterFailureDays;
        this.probeInterval = probeInterval;
    }

    /**
     * The host (as {@link InboxUrls#hostOf} names it) is up: clear its failures and unavailability.
     *
     * @return true if it had been unavailable
     */
    public boolean markAlive(String host) {
        return cameBack(host, store.markAlive(host));
    }

    /** {@link #markAlive} for the host of an actor, key or inbox URL; URLs that are not http(s) are ignored. */
    public void markAliveByUrl(String url) {
        InboxUrls.hostOf(url).ifPresent(this::markAlive);
    }

    public Optional<HostStatus> status(String host) {
        return store.find(host);
    }

    public boolean isUnavailable(String host) {
        return store.find(host).map(HostStatus::unavailable).orElse(false);
    }

    /** @return true if this failure made the host unavailable */
    boolean recordFailure(String host) {
        Instant now = clock.instant();
        boolean wentDown = store.recordFailure(host, now.atZone(ZoneOffset.UTC).toLocalDate(), now,
                unavailableAfterFailureDays);
        if (wentDown) {
            transactions.afterCommit(() -> LOG.warn(
                    "delivery host {} is now unavailable after failures on {} days; probing it every {}", host,
                    unavailableAfterFailureDays, readable(probeInterval)));
        }
        return wentDown;
    }

    /** @return true if the host had been unavailable */
    boolean recordDelivered(String host) {
        return cameBack(host, store.recordDelivered(host, clock.instant()));
    }

    boolean claimProbe(String host, Instant now, Instant probeBefore) {
        return store.claimProbe(host, now, probeBefore);
    }

    private boolean cameBack(String host, boolean wasUnavailable) {
        if (wasUnavailable) {
            transactions.afterCommit(() -> LOG.info("delivery host {} is available again", host));
        }
        return wasUnavailable;
    }

    /** "6 h", "90 min", "30 s": the probe interval as an operator reads it. */
    static String readable(Duration duration) {
        if (duration.toSeconds() % 3600 == 0) {
            return duration.toHours() + " h";
        }
        return duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }
}
