package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.follow.Block;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;

/** {@code GET /api/v1/blocks}: the accounts the fellow blocks, most recent block first, paged by block. */
public final class BlocksApi implements Routes {

    private final ApiAuth auth;
    private final AccountLookup lookup;
    private final AccountLists lists;
    private final BlockService blocks;

    public BlocksApi(ApiAuth auth, AccountLookup lookup, AccountLists lists, BlockService blocks) {
        this.auth = auth;
        this.lookup = lookup;
        this.lists = lists;
        this.blocks = blocks;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/api/v1/blocks", this::list);
    }

    private void list(Context ctx) {
        Account fellow = auth.user(ctx, "read:blocks").account();
        lists.send(ctx, blocks.blocks(fellow, ApiPaging.request(ctx, ApiPaging.Limits.ACCOUNTS)), Block::id,
                block -> lookup.byId(block.targetId()));
    }
}
