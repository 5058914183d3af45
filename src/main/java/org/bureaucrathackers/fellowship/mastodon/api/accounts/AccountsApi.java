package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileService;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.follow.BlockStore;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.follow.FollowedActor;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiTimes;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.FeaturedTags;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Accounts by id and by handle, their followers and following (paged by follow, hidden when the fellow hides
 * them) and their featured hashtags. Open to anonymous callers as on Mastodon; a token, when sent, must allow
 * {@code read:accounts}. Register after the modules with fixed paths under {@code /api/v1/accounts/}.
 */
public final class AccountsApi implements Routes {

    private final ApiAuth auth;
    private final AccountTargets targets;
    private final AccountLookup lookup;
    private final AccountEntities entities;
    private final AccountLists lists;
    private final FollowService follows;
    private final BlockStore blocks;
    private final ProfileService profiles;
    private final FeaturedTags featuredTags;
    private final LocalUris uris;

    public AccountsApi(ApiAuth auth, AccountLookup lookup, AccountEntities entities, AccountLists lists,
                       FollowService follows, BlockStore blocks, ProfileService profiles, FeaturedTags featuredTags,
                       LocalUris uris) {
        this.auth = auth;
        this.targets = new AccountTargets(lookup);
        this.lookup = lookup;
        this.entities = entities;
        this.lists = lists;
        this.follows = follows;
        this.blocks = blocks;
        this.profiles = profiles;
        this.featuredTags = featuredTags;
        this.uris = uris;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/accounts/lookup", this::lookup);
        routes.get("/api/v1/accounts/{id}", this::account);
        routes.get("/api/v1/accounts/{id}/followers", ctx -> follows(ctx, true));
        routes.get("/api/v1/accounts/{id}/following", ctx -> follows(ctx, false));
        routes.get("/api/v1/accounts/{id}/featured_tags", this::featuredTags);
    }

    /** {@code acct} is {@code alice}, {@code alice@this-domain} or {@code bob@host}; only fellows' lookups ask out. */
    private void lookup(Context ctx) {
        Optional<Caller> caller = auth.optional(ctx, "read:accounts");
        String acct = ApiParams.of(ctx).required("acct");
        boolean resolve = caller.filter(Caller::isUser).isPresent();
        Account account = lookup.byAcct(acct, resolve).orElseThrow(() -> new HttpError(404, AccountTargets.NOT_FOUND));
        ApiJson.send(ctx, entities.account(account));
    }

    private void account(Context ctx) {
        auth.optional(ctx, "read:accounts");
        ApiJson.send(ctx, entities.account(targets.fromPath(ctx)));
    }

    private void follows(Context ctx, boolean followers) {
        Optional<Account> viewer = auth.viewer(ctx, "read:accounts");
        Account account = targets.fromPath(ctx);
        PageRequest page = ApiPaging.request(ctx, ApiPaging.Limits.ACCOUNTS);
        if (hidden(account, viewer)) {
            ApiJson.send(ctx, Json.MAPPER.createArrayNode());
            return;
        }
        Slice<FollowedActor> slice = followers ? follows.followers(account, page) : follows.following(account, page);
        lists.send(ctx, slice, FollowedActor::followId, entry -> lookup.byUrl(entry.actorUri()));
    }

    /** Lists a fellow hides are shown to that fellow only; nobody's lists are shown to those they block. */
    private boolean hidden(Account account, Optional<Account> viewer) {
        boolean self = viewer.filter(v -> v.id() == account.id()).isPresent();
        if (self) {
            return false;
        }
        if (viewer.isPresent() && blocks.find(account.id(), viewer.get().id()).isPresent()) {
            return true;
        }
        return profiles.settings(account).hideCollections();
    }

    private void featuredTags(Context ctx) {
        auth.optional(ctx, "read:accounts");
        Account account = targets.fromPath(ctx);
        ArrayNode body = Json.MAPPER.createArrayNode();
        for (FeaturedTags.Featured featured : featuredTags.of(account)) {
            ObjectNode json = body.addObject();
            json.put("id", ApiIds.format(featured.tag().id()));
            json.put("name", featured.tag().name());
            json.put("url", uris.tag(featured.tag().name()));
            json.put("statuses_count", featured.use().statuses());
            json.put("last_status_at", ApiTimes.datetime(featured.use().lastAt()));
        }
        ApiJson.send(ctx, body);
    }
}
