package org.bureaucrathackers.fellowship.mastodon.api.timelines;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Favourite;
import org.bureaucrathackers.fellowship.post.FavouriteStore;

/** The statuses a fellow favourited, newest like first; the cursor is the like's id, not the status's. */
public final class FavouritesApi implements Routes {

    private final ApiStatuses lookup;
    private final FavouriteStore favourites;
    private final SavedStatuses saved;
    private final ApiPaging paging;

    public FavouritesApi(ApiStatuses lookup, FavouriteStore favourites, SavedStatuses saved, ApiPaging paging) {
        this.lookup = lookup;
        this.favourites = favourites;
        this.saved = saved;
        this.paging = paging;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/favourites", this::list);
    }

    private void list(Context ctx) {
        Account fellow = lookup.fellow(ctx, "read:favourites");
        Slice<Favourite> likes = favourites.byAccount(fellow.id(), ApiPaging.request(ctx, ApiPaging.Limits.STATUSES));
        paging.link(ctx, likes, Favourite::id);
        ApiJson.send(ctx, saved.entities(likes.items().stream().map(Favourite::statusId).toList(), fellow));
    }
}
