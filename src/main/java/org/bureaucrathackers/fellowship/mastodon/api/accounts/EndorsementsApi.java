package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/** {@code GET /api/v1/endorsements}: featuring accounts on one's profile does not exist here yet, so none. */
public final class EndorsementsApi implements Routes {

    private final ApiAuth auth;

    public EndorsementsApi(ApiAuth auth) {
        this.auth = auth;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/endorsements", ctx -> {
            auth.user(ctx, "read:accounts");
            ApiJson.send(ctx, Json.MAPPER.createArrayNode());
        });
    }
}
