package org.bureaucrathackers.fellowship.signature;

import java.time.Duration;
import java.time.Instant;

/**
 * When a signature counts as fresh (S10, as Mastodon): signed no more than an hour in the future, and not past its
 * expiry by more than an hour, where expiry is {@code created + 5 min} unless an explicit expiry says otherwise,
 * and never later than {@code created + 12 h}. A bare Date thus stays good for 65 minutes.
 */
final class TimeWindow {

    static final Duration CLOCK_SKEW = Duration.ofHours(1);
    static final Duration DEFAULT_VALIDITY = Duration.ofMinutes(5);
    static final Duration MAX_VALIDITY = Duration.ofHours(12);

    private TimeWindow() {
    }

    /**
     * @param source  what the creation time came from, for the reason ("Date", "created")
     * @param expires the signed expiry, or null
     */
    static void check(Instant created, Instant expires, Instant now, String source) throws SignatureFailure {
        if (created.isAfter(now.plus(CLOCK_SKEW))) {
            throw SignatureFailure.unauthorized(source + " is more than " + CLOCK_SKEW.toMinutes()
                    + " minutes in the future");
        }
        Instant expiry = expires == null ? created.plus(DEFAULT_VALIDITY) : expires;
        Instant latest = created.plus(MAX_VALIDITY);
        if (expiry.isAfter(latest)) {
            expiry = latest;
        }
        if (now.isAfter(expiry.plus(CLOCK_SKEW))) {
            throw SignatureFailure.unauthorized(expires == null
                    ? source + " is too old: the signature has expired"
                    : "the signature expired at " + expiry);
        }
    }
}
