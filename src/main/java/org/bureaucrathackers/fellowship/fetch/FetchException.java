package org.bureaucrathackers.fellowship.fetch;

import java.io.IOException;
import java.net.URI;

/** Why a remote document could not be had, with a reason safe to log or show to an operator. */
public final class FetchException extends IOException {

    /** The ways a fetch fails. Only {@link #isTransient() transient} ones are worth retrying later. */
    public enum Kind {
        /** 410: the remote side deleted it (DL11). */
        GONE(false),
        NOT_FOUND(false),
        /** The host resolves only to addresses we may not reach (X12), or is a Tor/I2P name. */
        FORBIDDEN_ADDRESS(false),
        /** The host's domain is blocked by this instance's moderators (X17): nothing was sent. */
        BLOCKED_DOMAIN(false),
        /** The URL is this instance's own: local objects are looked up locally, never fetched (X11). */
        LOCAL_URI(false),
        /** Not an absolute http(s) URL, or otherwise unusable as a request target. */
        BAD_URL(false),
        TOO_LARGE(false),
        BAD_CONTENT_TYPE(false),
        /** Not JSON, or JSON that does not describe what was asked for. */
        BAD_DOCUMENT(false),
        /** The document's id is not the URL it was fetched from (X9). */
        ID_MISMATCH(false),
        TOO_MANY_REDIRECTS(false),
        TIMEOUT(true),
        /** Too many new hosts under one domain brought new actors just now (X19); worth trying later. */
        TOO_MANY_NEW_HOSTS(true),
        NETWORK(true),
        /** Any other status; transient for 408, 429 and 5xx. */
        HTTP_STATUS(false);

        private final boolean transientByDefault;

        Kind(boolean transientByDefault) {
            this.transientByDefault = transientByDefault;
        }
    }

    private final Kind kind;
    private final int status;

    public FetchException(Kind kind, String reason) {
        this(kind, 0, reason, null);
    }

    public FetchException(Kind kind, String reason, Throwable cause) {
        this(kind, 0, reason, cause);
    }

    private FetchException(Kind kind, int status, String reason, Throwable cause) {
        super(reason, cause);
        this.kind = kind;
        this.status = status;
    }

    /** A response status that ends the fetch: 404 and 410 get their own kinds. */
    public static FetchException forStatus(int status, URI uri) {
        return switch (status) {
            case 404 -> new FetchException(Kind.NOT_FOUND, status, uri + " answered 404 Not Found", null);
            case 410 -> new FetchException(Kind.GONE, status, uri + " answered 410 Gone", null);
            default -> new FetchException(Kind.HTTP_STATUS, status, uri + " answered HTTP " + status, null);
        };
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status that caused this failure, or 0 when there was none. */
    public int status() {
        return status;
    }

    /** Whether trying again later could succeed: timeouts, network errors, 408, 429 and 5xx. */
    public boolean isTransient() {
        if (kind == Kind.HTTP_STATUS) {
            return status == 408 || status == 429 || status >= 500;
        }
        return kind.transientByDefault;
    }

    public String reason() {
        return getMessage();
    }
}
