package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

/**
 * An authorization request that cannot go on. When the client and redirect URI are known good, the error
 * goes back to the application on its redirect URI (RFC 6749 §4.1.2.1); otherwise ({@code request} null)
 * it is shown to the fellow, since sending them to an unchecked address would make us an open redirector.
 */
public final class AuthorizationRefused extends RuntimeException {

    private final String error;
    private final AuthorizationRequest.Target target;

    private AuthorizationRefused(String error, String description, AuthorizationRequest.Target target) {
        super(description, null, false, false);
        this.error = error;
        this.target = target;
    }

    /** Shown to the fellow: the client or the redirect URI is wrong. */
    static AuthorizationRefused shown(String description) {
        return new AuthorizationRefused("invalid_request", description, null);
    }

    /** Sent back to the application's redirect URI (or shown, for the out-of-band URI). */
    static AuthorizationRefused toClient(String error, String description, AuthorizationRequest.Target target) {
        return new AuthorizationRefused(error, description, target);
    }

    public String error() {
        return error;
    }

    public String description() {
        return getMessage();
    }

    /** Where to send the error; null when it must be shown instead. */
    public AuthorizationRequest.Target target() {
        return target;
    }
}
