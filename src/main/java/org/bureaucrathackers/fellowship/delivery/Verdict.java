package org.bureaucrathackers.fellowship.delivery;

/** What an inbox's answer means for the job (DL1, DL7, DL8, DL11). */
enum Verdict {
    DELIVERED,
    /** 410: the recipient is gone; never retried. */
    GONE,
    /** A 4xx other than 401, 408 and 429, or 501 (as Mastodon): retrying would not change the answer. */
    REFUSED,
    /** 401 (signature or key not yet fetched), 408, 429, other 5xx, other statuses, or no answer at all. */
    RETRY;

    /** @param status the HTTP status, or 0 when no response arrived */
    static Verdict of(int status) {
        if (status >= 200 && status < 300) {
            return DELIVERED;
        }
        if (status == 410) {
            return GONE;
        }
        if ((status >= 400 && status < 500 && status != 401 && status != 408 && status != 429) || status == 501) {
            return REFUSED;
        }
        return RETRY;
    }

    /**
     * Whether the answer counts against the host's health: no answer, a timeout or a server error. Any other
     * answer shows the host is up, even when it refuses this delivery.
     */
    static boolean isHostFailure(int status) {
        return status == 0 || status == 408 || status >= 500;
    }
}
