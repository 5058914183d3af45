package org.bureaucrathackers.fellowship.mastodon.api.instance;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.entities.InstanceEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;

/**
 * What clients ask about the instance before anything else: {@code /api/v1/instance} (Mastodon.py and toot
 * fetch it, with and without a trailing slash, before logging in), {@code /api/v2/instance} (Elk, Phanpy)
 * and the rules, peers, activity and extended description. All public.
 */
public final class InstanceApi implements Routes {

    private final InstanceEntities entities;

    public InstanceApi(InstanceEntities entities) {
        this.entities = entities;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/instance", ctx -> ApiJson.send(ctx, entities.v1()));
        routes.get("/api/v2/instance", ctx -> ApiJson.send(ctx, entities.v2()));
        routes.get("/api/v1/instance/rules", ctx -> ApiJson.send(ctx, entities.rules()));
        routes.get("/api/v1/instance/peers", ctx -> ApiJson.send(ctx, entities.peers()));
        routes.get("/api/v1/instance/activity", ctx -> ApiJson.send(ctx, entities.activity()));
        routes.get("/api/v1/instance/extended_description", ctx -> ApiJson.send(ctx, entities.extendedDescription()));
    }
}
