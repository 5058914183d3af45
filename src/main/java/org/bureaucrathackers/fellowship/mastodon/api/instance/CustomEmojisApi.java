package org.bureaucrathackers.fellowship.mastodon.api.instance;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;

/** {@code GET /api/v1/custom_emojis}: this instance has no custom emoji, so the list is empty. Public. */
public final class CustomEmojisApi implements Routes {

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/custom_emojis", ctx -> ApiJson.send(ctx, Json.MAPPER.createArrayNode()));
    }
}
