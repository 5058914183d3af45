package org.bureaucrathackers.fellowship.mastodon.api.instance;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/** {@code GET /api/v1/announcements}: operators publish no announcements yet, so the list is empty. */
public final class AnnouncementsApi implements Routes {

    private final ApiAuth auth;

    public AnnouncementsApi(ApiAuth auth) {
        this.auth = auth;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/announcements", ctx -> {
            auth.user(ctx, "read");
            ApiJson.send(ctx, Json.MAPPER.createArrayNode());
        });
    }
}
