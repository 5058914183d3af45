package org.bureaucrathackers.fellowship.mastodon.api.timelines;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.PublicTimeline;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Timelines;

/**
 * The home, public and hashtag timelines, newest first with Mastodon's cursor paging. The public and
 * hashtag timelines may be read without a token, as on Mastodon by default.
 */
public final class TimelinesApi implements Routes {

    private final ApiStatuses lookup;
    private final Timelines timelines;
    private final StatusEntities entities;
    private final ApiPaging paging;

    public TimelinesApi(ApiStatuses lookup, Timelines timelines, StatusEntities entities, ApiPaging paging) {
        this.lookup = lookup;
        this.timelines = timelines;
        this.entities = entities;
        this.paging = paging;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/timelines/home", this::home);
        routes.get("/api/v1/timelines/public", this::publicTimeline);
        routes.get("/api/v1/timelines/tag/{hashtag}", this::tag);
    }

    private void home(Context ctx) {
        Account fellow = lookup.fellow(ctx, "read:statuses");
        send(ctx, timelines.home(fellow, ApiPaging.request(ctx, ApiPaging.Limits.STATUSES)), fellow);
    }

    private void publicTimeline(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        ApiParams params = ApiParams.of(ctx);
        Slice<Status> page = timelines.publicStatuses(viewer, origin(params), params.bool("only_media", false),
                ApiPaging.request(ctx, ApiPaging.Limits.STATUSES));
        send(ctx, page, viewer.orElse(null));
    }

    private void tag(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        ApiParams params = ApiParams.of(ctx);
        Slice<Status> page = ApiStatuses.validated(() -> timelines.tagged(viewer, ctx.pathParam("hashtag"),
                params.list("any"), params.list("all"), params.list("none"), origin(params),
                params.bool("only_media", false), ApiPaging.request(ctx, ApiPaging.Limits.STATUSES)));
        send(ctx, page, viewer.orElse(null));
    }

    /** {@code local} and {@code remote} together mean both, as in Mastodon. */
    static PublicTimeline.Origin origin(ApiParams params) {
        boolean local = params.bool("local", false);
        boolean remote = params.bool("remote", false);
        if (local && !remote) {
            return PublicTimeline.Origin.LOCAL;
        }
        if (remote && !local) {
            return PublicTimeline.Origin.REMOTE;
        }
        return PublicTimeline.Origin.ALL;
    }

    private void send(Context ctx, Slice<Status> page, Account viewer) {
        paging.link(ctx, page, Status::id);
        ApiJson.send(ctx, entities.statuses(page.items(), viewer));
    }
}
