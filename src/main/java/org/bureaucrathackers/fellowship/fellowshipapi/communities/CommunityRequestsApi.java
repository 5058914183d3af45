package org.bureaucrathackers.fellowship.fellowshipapi.communities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.community.CommunityService;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/**
 * Requests to join a community that needs approval: its moderators list them and authorize or reject one by the
 * requester's account id, as a fellow does with {@code /api/v1/follow_requests}; remote requesters' servers get
 * the Accept or Reject from the community.
 */
public final class CommunityRequestsApi implements Routes {

    private static final String PATH = CommunitiesApi.PATH + "/{name}/follow_requests";
    private static final int MAX_LISTED = 80;

    private final ApiAuth auth;
    private final CommunityService communities;
    private final FollowService follows;
    private final AccountStore accounts;
    private final AccountEntities entities;

    public CommunityRequestsApi(ApiAuth auth, CommunityService communities, FollowService follows,
                                AccountStore accounts, AccountEntities entities) {
        this.auth = auth;
        this.communities = communities;
        this.follows = follows;
        this.accounts = accounts;
        this.entities = entities;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get(PATH, this::list);
        routes.post(PATH + "/{account_id}/authorize", ctx -> answer(ctx, true));
        routes.post(PATH + "/{account_id}/reject", ctx -> answer(ctx, false));
    }

    private void list(Context ctx) {
        Community community = moderated(ctx, "read");
        ArrayNode list = Json.MAPPER.createArrayNode();
        follows.pendingRequests(community.account()).stream().limit(MAX_LISTED).map(Follow::followerId)
                .map(accounts::findById).flatMap(Optional::stream)
                .forEach(requester -> list.add(entities.account(requester)));
        ApiJson.send(ctx, list);
    }

    private void answer(Context ctx, boolean approve) {
        Community community = moderated(ctx, "write");
        String idText = ctx.pathParam("account_id");
        Account requester = ApiIds.parse(idText).flatMap(accounts::findById)
                .filter(a -> follows.hasPendingRequest(community.account(), a))
                .orElseThrow(() -> HttpError.notFound("No request to join " + community.name() + " from "
                        + (idText.length() > 40 ? idText.substring(0, 40) + "…" : idText)));
        if (approve) {
            follows.approve(community.account(), requester);
        } else {
            follows.reject(community.account(), requester);
        }
        ApiJson.send(ctx, entities.account(requester));
    }

    /** The community named in the path, when the caller moderates it (403 otherwise). */
    private Community moderated(Context ctx, String scope) {
        Account caller = auth.user(ctx, scope).account();
        String name = ctx.pathParam("name");
        Community community = communities.find(name).filter(c -> !c.account().isDeleted())
                .orElseThrow(() -> HttpError.notFound("No community called "
                        + (name.length() > 40 ? name.substring(0, 40) + "…" : name) + " here"));
        if (!communities.isModerator(caller)) {
            throw new HttpError(403, "only admins of this instance moderate communities");
        }
        return community;
    }
}
