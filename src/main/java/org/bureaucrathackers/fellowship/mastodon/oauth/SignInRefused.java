package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Duration;

/**
 * A password sign-in that did not succeed: wrong credentials (never saying which part was wrong) or too
 * many failures lately ({@code retryAfter} set).
 */
public final class SignInRefused extends RuntimeException {

    private final Duration retryAfter;

    private SignInRefused(String message, Duration retryAfter) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
    }

    static SignInRefused wrongCredentials() {
        return new SignInRefused("The username, e-mail address or password is incorrect.", null);
    }

    static SignInRefused throttled(Duration retryAfter) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return new SignInRefused("Too many failed sign-in attempts. Try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes."), retryAfter);
    }

    public boolean isThrottled() {
        return retryAfter != null;
    }

    /** Seconds to wait, for a Retry-After header; 0 when not throttled. */
    public long retryAfterSeconds() {
        return retryAfter == null ? 0 : Math.max(1, retryAfter.toSeconds());
    }
}
