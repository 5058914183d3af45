package org.bureaucrathackers.fellowship.mastodon.http;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.http.Routes;

/**
 * Cross-origin access for browser clients (Phanpy, Elk, masto.js), as Mastodon allows it: any origin, no
 * credentials, on the API, the token endpoints and the discovery documents; preflights answered.
 */
public final class Cors implements Routes {

    private static final String[] PATHS = {"/api/*", "/oauth/token", "/oauth/revoke", "/.well-known/*",
            "/nodeinfo/*"};
    static final String METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String DEFAULT_HEADERS = "Authorization, Content-Type, Idempotency-Key, Accept";
    private static final int MAX_REQUESTED_HEADERS = 1_024;

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        for (String path : PATHS) {
            routes.before(path, Cors::allow);
            routes.options(path, Cors::preflight);
        }
    }

    private static void allow(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
        ctx.header("Access-Control-Expose-Headers", "Link, X-RateLimit-Limit, X-RateLimit-Remaining, "
                + "X-RateLimit-Reset, X-Request-Id, Idempotency-Key");
    }

    private static void preflight(Context ctx) {
        String requested = ctx.header("Access-Control-Request-Headers");
        boolean echo = requested != null && !requested.isBlank() && requested.length() <= MAX_REQUESTED_HEADERS
                && requested.matches("[A-Za-z0-9\\-_, ]+");
        ctx.header("Access-Control-Allow-Methods", METHODS);
        ctx.header("Access-Control-Allow-Headers", echo ? requested : DEFAULT_HEADERS);
        ctx.header("Access-Control-Max-Age", "86400");
        ctx.status(204);
    }
}
