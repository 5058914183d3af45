package org.bureaucrathackers.fellowship.signature;

/** No key could be had for a keyId: gone, refused, unreadable, or (transient) unreachable for now. */
public final class KeyUnavailableException extends Exception {

    private final boolean transientFailure;

    public KeyUnavailableException(String reason, boolean transientFailure) {
        super(reason, null, false, false);
        this.transientFailure = transientFailure;
    }

    /** True when the same request may succeed later (timeouts, 5xx): answered with 503 rather than 401 (S14). */
    public boolean transientFailure() {
        return transientFailure;
    }
}
