package org.bureaucrathackers.fellowship.mastodon.http;

import io.javalin.http.Context;
import org.bureaucrathackers.fellowship.json.Json;

/** Every API answer is JSON with {@code application/json}; "empty" successes are {@code {}}. */
public final class ApiJson {

    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private ApiJson() {
    }

    public static void send(Context ctx, Object body) {
        ctx.contentType(CONTENT_TYPE);
        ctx.result(Json.write(body));
    }

    public static void send(Context ctx, int status, Object body) {
        ctx.status(status);
        send(ctx, body);
    }

    /** The {@code {}} an action without a result answers with. */
    public static void empty(Context ctx) {
        send(ctx, Json.object());
    }
}
