package org.bureaucrathackers.fellowship.delivery;

import java.util.Locale;

/** Where a delivery job is: waiting for an attempt, or finished one of three ways. */
public enum DeliveryState {
    /** Waiting for its next attempt (or being attempted under a lease). */
    PENDING,
    /** The inbox answered 2xx. */
    DONE,
    /** Refused for good (a 4xx other than 401/408/429, or no attempts left). */
    FAILED,
    /** The inbox answered 410 Gone: the recipient no longer exists (DL11). */
    GONE;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DeliveryState fromStored(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
