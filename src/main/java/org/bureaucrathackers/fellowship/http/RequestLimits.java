package org.bureaucrathackers.fellowship.http;

/** Limits every HTTP surface applies to a request; the server enforces them, routes and entities quote them. */
public final class RequestLimits {

    /** The largest request body accepted, inbox deliveries and uploads alike. */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;

    private RequestLimits() {
    }
}
