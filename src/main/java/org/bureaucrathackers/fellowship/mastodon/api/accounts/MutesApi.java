package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.follow.Mute;
import org.bureaucrathackers.fellowship.follow.MuteService;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/** {@code GET /api/v1/mutes}: the accounts the fellow mutes now, most recent mute first, paged by mute. */
public final class MutesApi implements Routes {

    private final ApiAuth auth;
    private final AccountLookup lookup;
    private final AccountLists lists;
    private final MuteService mutes;

    public MutesApi(ApiAuth auth, AccountLookup lookup, AccountLists lists, MuteService mutes) {
        this.auth = auth;
        this.lookup = lookup;
        this.lists = lists;
        this.mutes = mutes;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/mutes", this::list);
    }

    private void list(Context ctx) {
        Account fellow = auth.user(ctx, "read:mutes").account();
        lists.send(ctx, mutes.mutedBy(fellow, ApiPaging.request(ctx, ApiPaging.Limits.ACCOUNTS)), Mute::id,
                mute -> lookup.byId(mute.targetId()));
    }
}
