package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.AccountStatusFilter;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.Timelines;

/**
 * One account's statuses as the caller may see them: its pinned ones ({@code pinned=true}, not paged), or
 * all of them newest first, without replies, boosts, statuses lacking media or a hashtag when asked.
 */
public final class AccountStatusesApi implements Routes {

    private final ApiStatuses lookup;
    private final AccountStore accounts;
    private final Timelines timelines;
    private final StatusEntities entities;
    private final ApiPaging paging;

    public AccountStatusesApi(ApiStatuses lookup, AccountStore accounts, Timelines timelines, StatusEntities entities,
                       ApiPaging paging) {
        this.lookup = lookup;
        this.accounts = accounts;
        this.timelines = timelines;
        this.entities = entities;
        this.paging = paging;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/accounts/{id}/statuses", this::statuses);
    }

    private void statuses(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        Account account = ApiIds.parse(ctx.pathParam("id")).flatMap(accounts::findById)
                .filter(a -> !a.isDeleted())
                .orElseThrow(() -> new HttpError(404, ApiStatuses.NOT_FOUND));
        ApiParams params = ApiParams.of(ctx);
        if (params.bool("pinned", false)) {
            ApiJson.send(ctx, entities.statuses(timelines.pinned(account, viewer), viewer.orElse(null)));
            return;
        }
        AccountStatusFilter filter = new AccountStatusFilter(params.bool("exclude_replies", false),
                params.bool("exclude_reblogs", false), params.bool("only_media", false),
                params.nonBlank("tagged").orElse(null));
        Slice<Status> page = timelines.ofAccount(account, viewer, filter,
                ApiPaging.request(ctx, ApiPaging.Limits.STATUSES));
        paging.link(ctx, page, Status::id);
        ApiJson.send(ctx, entities.statuses(page.items(), viewer.orElse(null)));
    }
}
