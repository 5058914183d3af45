package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.Relationships;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.RelationshipEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/**
 * Follow requests waiting for a fellow who approves followers by hand: the requesters (paged by request), and
 * approving or turning one down by the requester's account id. Through {@link FollowService}, so a remote
 * requester's server gets the Accept or Reject.
 */
public final class FollowRequestsApi implements Routes {

    private final ApiAuth auth;
    private final AccountTargets targets;
    private final AccountLookup lookup;
    private final AccountLists lists;
    private final FollowService follows;
    private final Relationships relationships;

    public FollowRequestsApi(ApiAuth auth, AccountLookup lookup, AccountLists lists, FollowService follows,
                             Relationships relationships) {
        this.auth = auth;
        this.targets = new AccountTargets(lookup);
        this.lookup = lookup;
        this.lists = lists;
        this.follows = follows;
        this.relationships = relationships;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/follow_requests", this::list);
        routes.post("/api/v1/follow_requests/{id}/authorize", ctx -> answer(ctx, true));
        routes.post("/api/v1/follow_requests/{id}/reject", ctx -> answer(ctx, false));
    }

    private void list(Context ctx) {
        Account fellow = auth.user(ctx, "read:follows").account();
        lists.send(ctx, follows.pendingRequests(fellow, ApiPaging.request(ctx, ApiPaging.Limits.ACCOUNTS)),
                Follow::id, request -> lookup.byId(request.followerId()));
    }

    /** 404 when the account asked for nothing (or was already answered). */
    private void answer(Context ctx, boolean approve) {
        Account fellow = auth.user(ctx, "write:follows").account();
        Account requester = targets.fromPath(ctx);
        if (!follows.hasPendingRequest(fellow, requester)) {
            throw new HttpError(404, AccountTargets.NOT_FOUND);
        }
        if (approve) {
            follows.approve(fellow, requester);
        } else {
            follows.reject(fellow, requester);
        }
        ApiJson.send(ctx, RelationshipEntities.relationship(relationships.between(fellow, requester)));
    }
}
