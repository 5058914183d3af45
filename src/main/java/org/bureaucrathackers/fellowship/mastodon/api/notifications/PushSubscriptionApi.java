package org.bureaucrathackers.fellowship.mastodon.api.notifications;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/**
 * {@code /api/v1/push/subscription}: Web Push is not offered, so there is never a subscription. Elk asks after
 * signing in and takes the 404 as "none"; the token is still checked as Mastodon does.
 */
public final class PushSubscriptionApi implements Routes {

    private static final String PATH = "/api/v1/push/subscription";

    private final ApiAuth auth;

    public PushSubscriptionApi(ApiAuth auth) {
        this.auth = auth;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::none);
        routes.post(PATH, this::none);
        routes.put(PATH, this::none);
        routes.delete(PATH, this::none);
    }

    private void none(Context ctx) {
        auth.user(ctx, "push");
        throw new HttpError(404, "Record not found");
    }
}
