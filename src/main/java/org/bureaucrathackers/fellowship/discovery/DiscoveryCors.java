package org.bureaucrathackers.fellowship.discovery;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;

/** Discovery documents are public: any web page may read them (CORS {@code *}, preflight included). */
final class DiscoveryCors {

    private static final int PREFLIGHT_MAX_AGE_SECONDS = 86_400;

    private DiscoveryCors() {
    }

    /** Adds the CORS header to every answer on {@code path}, errors included, and answers OPTIONS. */
    static void open(JavalinDefaultRoutingApi routes, String path) {
        routes.before(path, DiscoveryCors::allowAnyOrigin);
        routes.options(path, DiscoveryCors::preflight);
    }

    private static void allowAnyOrigin(Context ctx) {
        ctx.header("Access-Control-Allow-Origin", "*");
    }

    private static void preflight(Context ctx) {
        allowAnyOrigin(ctx);
        ctx.header("Access-Control-Allow-Methods", "GET, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", "Accept, Accept-Language, Content-Type");
        ctx.header("Access-Control-Max-Age", Integer.toString(PREFLIGHT_MAX_AGE_SECONDS));
        ctx.status(204);
    }
}
