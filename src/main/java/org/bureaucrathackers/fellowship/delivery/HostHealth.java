package org.bureaucrathackers.fellowship.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Tracks whether receiving hosts are up (DL2). Every failed attempt counts its UTC day; a host with failures on
 * {@code unavailableAfterFailureDays} distinct days is unavailable and only probed now and then. A delivery
 * that succeeds, any answer that shows the host is up, or a signed POST from the host (the inbox calls
 * {@link #markAlive}) makes it available again.
 */
public final class HostHealth {

    public static final int DEFAULT_UNAVAILABLE_AFTER_FAILURE_DAYS = 7;

    private final DeliveryHostStore store;
    private final Clock clock;
    private final int unavailableAfterFailureDays;

    public HostHealth(DeliveryHostStore store, Clock clock, int unavailableAfterFailureDays) {
        if (unavailableAfterFailureDays < 1 || unavailableAfterFailureDays > 365) {
            throw new IllegalArgumentException("unavailableAfterFailureDays must be 1 to 365");
        }
        this.store = store;
        this.clock = clock;
        this.unavailableAfterFailureDays = unavailableAfterFailureDays;
    }

    /** The host (as {@link InboxUrls#hostOf} names it) is up: clear its failures and unavailability. */
    public void markAlive(String host) {
        store.markAlive(host);
    }

    /** {@link #markAlive} for the host of an actor, key or inbox URL; URLs that are not http(s) are ignored. */
    public void markAliveByUrl(String url) {
        InboxUrls.hostOf(url).ifPresent(store::markAlive);
    }

    public Optional<HostStatus> status(String host) {
        return store.find(host);
    }

    public boolean isUnavailable(String host) {
        return store.find(host).map(HostStatus::unavailable).orElse(false);
    }

    void recordFailure(String host) {
        Instant now = clock.instant();
        store.recordFailure(host, now.atZone(ZoneOffset.UTC).toLocalDate(), now, unavailableAfterFailureDays);
    }

    void recordDelivered(String host) {
        store.recordDelivered(host, clock.instant());
    }

    boolean claimProbe(String host, Instant now, Instant probeBefore) {
        return store.claimProbe(host, now, probeBefore);
    }
}
