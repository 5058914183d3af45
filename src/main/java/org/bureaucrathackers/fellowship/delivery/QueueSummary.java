package org.bureaucrathackers.fellowship.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What an operator sees of outgoing deliveries: the queue's counts and the hosts that are failing.
 *
 * @param at                    when it was read
 * @param finishedSince         the start of the window the finished counts cover
 * @param failingHosts          at most the requested number, unavailable hosts first
 * @param failingHostsNotListed failing hosts beyond those listed
 */
public record QueueSummary(
        Instant at,
        Instant finishedSince,
        QueueCounts counts,
        List<FailingHost> failingHosts,
        int failingHostsNotListed) {

    public QueueSummary {
        failingHosts = List.copyOf(failingHosts);
    }

    /** How long the oldest pending job has waited, if any is pending. */
    public Duration oldestPendingAge() {
        Instant oldest = counts.oldestPendingCreatedAt();
        return oldest == null ? null : Duration.between(oldest, at);
    }

    /** A host with failures counted against it or marked unavailable, and what is queued for it. */
    public record FailingHost(HostStatus status, HostBacklog backlog) {
    }
}
