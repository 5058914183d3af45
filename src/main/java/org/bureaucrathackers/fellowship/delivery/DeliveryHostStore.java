package org.bureaucrathackers.fellowship.delivery;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Persistence of per-host delivery health (DL2). Each method is one atomic step, safe across nodes. */
public interface DeliveryHostStore {

    /**
     * Counts a failure; a failure on a UTC day later than the last one adds a failure day, and at
     * {@code unavailableAfterDays} failure days the host becomes unavailable as of {@code now}.
     *
     * @return true if this call made the host unavailable: one call per outage, however many run at once
     */
    boolean recordFailure(String host, LocalDate day, Instant now, int unavailableAfterDays);

    /**
     * A delivery succeeded: failures, failure days and unavailability are cleared.
     *
     * @return true if this call ended the host's unavailability: one call per outage, however many run at once
     */
    boolean recordDelivered(String host, Instant now);

    /**
     * The host showed it is up (it answered, or sent us a signed request): failures and unavailability are cleared.
     *
     * @return true if this call ended the host's unavailability, as {@link #recordDelivered} does
     */
    boolean markAlive(String host);

    /** Takes the host's probe slot if it is unavailable and was last probed before {@code probeBefore}. */
    boolean claimProbe(String host, Instant now, Instant probeBefore);

    Optional<HostStatus> find(String host);

    /**
     * Hosts with failures counted or marked unavailable, at most {@code limit}: unavailable ones first (the longest
     * down first), then by failure days and failures.
     */
    List<HostStatus> findFailing(int limit);

    /** How many hosts {@link #findFailing} would list without a limit. */
    int countFailing();
}
