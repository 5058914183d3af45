package org.bureaucrathackers.fellowship.http;

import java.util.Map;

/** Limits every HTTP surface applies to a request; the server enforces them, routes and entities quote them. */
public final class RequestLimits {

    /** The largest request body accepted, inbox deliveries included, except by the upload routes below. */
    public static final long MAX_REQUEST_BYTES = 1024 * 1024;
    /** The largest upload request: a 40 MB document and its fields. */
    public static final long MAX_UPLOAD_REQUEST_BYTES = 41L * 1024 * 1024;
    /** Profile updates carry at most an avatar and a header (2 MB each) and the profile's fields. */
    public static final long MAX_PROFILE_REQUEST_BYTES = 5L * 1024 * 1024;

    /** The routes that take files, with the largest body each accepts. */
    private static final Map<String, Long> UPLOAD_ROUTES = Map.of(
            "/api/v1/media", MAX_UPLOAD_REQUEST_BYTES,
            "/api/v2/media", MAX_UPLOAD_REQUEST_BYTES,
            "/api/v1/accounts/update_credentials", MAX_PROFILE_REQUEST_BYTES,
            "/publish", MAX_UPLOAD_REQUEST_BYTES);

    private RequestLimits() {
    }

    /** The largest body accepted on {@code path}. */
    public static long maxBodyBytes(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return UPLOAD_ROUTES.getOrDefault(trimmed, MAX_REQUEST_BYTES);
    }
}
