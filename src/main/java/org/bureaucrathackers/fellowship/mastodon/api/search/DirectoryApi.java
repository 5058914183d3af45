package org.bureaucrathackers.fellowship.mastodon.api.search;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.directory.ProfileDirectory;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.OffsetPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/**
 * {@code GET /api/v1/directory}: accounts that chose to be listed, by recent activity or newest first, all
 * known ones or this instance's ({@code local=true}); paged by offset, as on Mastodon.
 */
public final class DirectoryApi implements Routes {

    private final ApiAuth auth;
    private final ProfileDirectory directory;
    private final AccountEntities entities;

    public DirectoryApi(ApiAuth auth, ProfileDirectory directory, AccountEntities entities) {
        this.auth = auth;
        this.directory = directory;
        this.entities = entities;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/directory", this::list);
    }

    private void list(Context ctx) {
        auth.optional(ctx, "read:accounts");
        ApiParams params = ApiParams.of(ctx);
        DirectoryOrder order = params.nonBlank("order").map(word -> DirectoryOrder.parse(word)
                .orElseThrow(() -> new HttpError(422, "Parameter order must be active or new")))
                .orElse(DirectoryOrder.ACTIVE);
        int offset = OffsetPaging.offset(params);
        int limit = OffsetPaging.limit(params, ApiPaging.Limits.ACCOUNTS);
        List<Account> accounts = directory.list(order, params.bool("local", false), offset, limit);
        ApiJson.send(ctx, entities.accounts(accounts));
    }
}
