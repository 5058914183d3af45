package org.bureaucrathackers.fellowship.mastodon.oauth;

/**
 * An OAuth 2 error (RFC 6749 §5.2): a status, an error code clients switch on ({@code invalid_grant},
 * {@code invalid_client} ...) and a description people read (toot shows it as it is).
 */
public final class OAuthError extends RuntimeException {

    private final int status;
    private final String error;
    private final long retryAfterSeconds;

    public OAuthError(int status, String error, String description) {
        this(status, error, description, 0);
    }

    private OAuthError(int status, String error, String description, long retryAfterSeconds) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    /** Seconds a throttled client should wait (the Retry-After header); 0 for other errors. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Too many failed sign-ins (429). */
    public static OAuthError throttled(SignInRefused refusal) {
        return new OAuthError(429, "too_many_attempts", refusal.getMessage(), refusal.retryAfterSeconds());
    }

    public static OAuthError invalidRequest(String description) {
        return new OAuthError(400, "invalid_request", description);
    }

    public static OAuthError invalidGrant(String description) {
        return new OAuthError(400, "invalid_grant", description);
    }

    public static OAuthError invalidScope(String description) {
        return new OAuthError(400, "invalid_scope", description);
    }

    public static OAuthError invalidClient() {
        return new OAuthError(401, "invalid_client", "Client authentication failed due to unknown client, "
                + "no client authentication included, or unsupported authentication method.");
    }

    public static OAuthError unsupportedGrantType(String description) {
        return new OAuthError(400, "unsupported_grant_type", description);
    }
}
