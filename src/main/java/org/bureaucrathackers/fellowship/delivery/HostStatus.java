package org.bureaucrathackers.fellowship.delivery;

import java.time.Instant;
import java.time.LocalDate;

/** What we know of a receiving host's health. Nullable: the day and instants. */
public record HostStatus(
        String host,
        int consecutiveFailures,
        int failureDays,
        LocalDate lastFailureDay,
        Instant unavailableSince,
        Instant lastProbeAt,
        Instant lastSuccessAt) {

    public boolean unavailable() {
        return unavailableSince != null;
    }
}
