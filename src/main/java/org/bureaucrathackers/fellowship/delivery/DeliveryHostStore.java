package org.bureaucrathackers.fellowship.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Persistence of per-host delivery health (DL2). Each method is one atomic step, safe across nodes. */
public interface DeliveryHostStore {

    /**
     * Counts a failure; a failure on a UTC day later than the last one adds a failure day, and at
     * {@code unavailableAfterDays} failure days the host becomes unavailable as of {@code now}.
     */
    void recordFailure(String host, LocalDate day, Instant now, int unavailableAfterDays);

    /** A delivery succeeded: failures, failure days and unavailability are cleared. */
    void recordDelivered(String host, Instant now);

    /** The host showed it is up (it answered, or sent us a signed request): failures and unavailability are cleared. */
    void markAlive(String host);

    /** Takes the host's probe slot if it is unavailable and was last probed before {@code probeBefore}. */
    boolean claimProbe(String host, Instant now, Instant probeBefore);

    Optional<HostStatus> find(String host);
}
