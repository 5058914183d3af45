package org.bureaucrathackers.fellowship.mastodon.api.statuses;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.api.ApiStatuses;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.StatusEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Bookmarks;
import org.bureaucrathackers.fellowship.post.BoostStore;
import org.bureaucrathackers.fellowship.post.Favourite;
import org.bureaucrathackers.fellowship.post.FavouriteStore;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.Pins;
import org.bureaucrathackers.fellowship.post.Status;

/**
 * What a fellow does to one status: favourite, boost, bookmark, pin (and undo each), and who favourited
 * or boosted it. Acting on a boost acts on its original. Every action answers with the status as the
 * caller now sees it; a boost answers with the new wrapper, whose {@code reblog} is the original.
 */
public final class StatusActionsApi implements Routes {

    private final ApiStatuses lookup;
    private final InteractionService interactions;
    private final Bookmarks bookmarks;
    private final Pins pins;
    private final BoostStore statuses;
    private final FavouriteStore favourites;
    private final AccountStore accounts;
    private final StatusEntities entities;
    private final AccountEntities accountEntities;
    private final ApiPaging paging;

    public StatusActionsApi(ApiStatuses lookup, InteractionService interactions, Bookmarks bookmarks, Pins pins,
                     BoostStore statuses, FavouriteStore favourites, AccountStore accounts,
                     StatusEntities entities, AccountEntities accountEntities, ApiPaging paging) {
        this.lookup = lookup;
        this.interactions = interactions;
        this.bookmarks = bookmarks;
        this.pins = pins;
        this.statuses = statuses;
        this.favourites = favourites;
        this.accounts = accounts;
        this.entities = entities;
        this.accountEntities = accountEntities;
        this.paging = paging;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/v1/statuses/{id}/favourite", this::favourite);
        routes.post("/api/v1/statuses/{id}/unfavourite", this::unfavourite);
        routes.post("/api/v1/statuses/{id}/reblog", this::reblog);
        routes.post("/api/v1/statuses/{id}/unreblog", this::unreblog);
        routes.post("/api/v1/statuses/{id}/bookmark", this::bookmark);
        routes.post("/api/v1/statuses/{id}/unbookmark", this::unbookmark);
        routes.post("/api/v1/statuses/{id}/pin", this::pin);
        routes.post("/api/v1/statuses/{id}/unpin", this::unpin);
        routes.get("/api/v1/statuses/{id}/favourited_by", this::favouritedBy);
        routes.get("/api/v1/statuses/{id}/reblogged_by", this::rebloggedBy);
    }

    private void favourite(Context ctx) {
        Account fellow = lookup.fellow(ctx, "write:favourites");
        Status original = lookup.original(lookup.visible(ctx, fellow));
        ApiStatuses.validated(() -> interactions.like(fellow, original));
        answer(ctx, original, fellow);
    }

    private void unfavourite(Context ctx) {
        Account fellow = lookup.fellow(ctx, "write:favourites");
        Status original = lookup.original(lookup.visible(ctx, fellow));
        ApiStatuses.validated(() -> interactions.unlike(fellow, original));
        answer(ctx, original, fellow);
    }

    private void reblog(Context ctx) {
        Account fellow = lookup.fellow(ctx, "write:statuses");
        Status original = lookup.original(lookup.visible(ctx, fellow));
        ApiParams params = ApiParams.of(ctx);
        Status.Visibility visibility = params.nonBlank("visibility")
                .map(word -> ApiStatuses.validated(() -> Status.Visibility.parse(word)))
                .orElse(Status.Visibility.PUBLIC);
        Status boost = ApiStatuses.validated(() -> interactions.boost(fellow, original, visibility));
        answer(ctx, boost, fellow);
    }

    private void unreblog(Context ctx) {
        Account fellow = lookup.fellow(ctx, "write:statuses");
        Status original = lookup.original(lookup.visible(ctx, fellow));
        ApiStatuses.validated(() -> interactions.unboost(fellow, original));
        answer(ctx, original, fellow);
    }

    private void bookmark(Context ctx) {
        Account fellow = lookup.fellow(ctx, "write:bookmarks");
        Status status = lookup.visible(ctx, fellow);
        answer(ctx, ApiStatuses.validated(() -> bookmarks.bookmark(fellow, status)), fellow);
    }

    private void unbookmark(Context ctx) {
        Account fellow = lookup.fellow(ctx, "write:bookmarks");
        Status status = lookup.visible(ctx, fellow);
        answer(ctx, ApiStatuses.validated(() -> bookmarks.unbookmark(fellow, status)), fellow);
    }

    private void pin(Context ctx) {
        Account fellow = lookup.fellow(ctx, "write:accounts");
        Status status = lookup.visible(ctx, fellow);
        ApiStatuses.validated(() -> pins.pin(fellow, status));
        answer(ctx, status, fellow);
    }

    private void unpin(Context ctx) {
        Account fellow = lookup.fellow(ctx, "write:accounts");
        Status status = lookup.visible(ctx, fellow);
        pins.unpin(fellow, status);
        answer(ctx, status, fellow);
    }

    /** Accounts that favourited the status, newest like first; the cursor is the like's id. */
    private void favouritedBy(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        Status original = lookup.original(lookup.visible(ctx, viewer));
        PageRequest page = ApiPaging.request(ctx, ApiPaging.Limits.ACCOUNTS);
        Slice<Favourite> likes = favourites.ofStatus(original.id(), page);
        paging.link(ctx, likes, Favourite::id);
        ApiJson.send(ctx, accountEntities.accounts(accountsOf(
                likes.items().stream().map(Favourite::accountId).toList())));
    }

    /** Accounts that boosted the status (boosts the caller may see), newest first; the cursor is the boost's id. */
    private void rebloggedBy(Context ctx) {
        Optional<Account> viewer = lookup.viewer(ctx, "read:statuses");
        Status original = lookup.original(lookup.visible(ctx, viewer));
        PageRequest page = ApiPaging.request(ctx, ApiPaging.Limits.ACCOUNTS);
        Slice<Status> boosts = statuses.boostsOf(original.id(), viewer.map(Account::id).orElse(null), page);
        paging.link(ctx, boosts, Status::id);
        ApiJson.send(ctx, accountEntities.accounts(accountsOf(
                boosts.items().stream().map(Status::accountId).toList())));
    }

    private List<Account> accountsOf(List<Long> ids) {
        List<Account> found = new ArrayList<>(ids.size());
        for (long id : ids) {
            accounts.findById(id).filter(a -> !a.isDeleted()).ifPresent(found::add);
        }
        return found;
    }

    private void answer(Context ctx, Status status, Account fellow) {
        ApiJson.send(ctx, entities.status(status, fellow));
    }
}
