package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.api.ApiPaging;
import org.bureaucrathackers.fellowship.mastodon.entities.AccountEntities;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.paging.Slice;

/**
 * Sends a page of accounts (followers, blocks, mutes, requests) as Mastodon does: Account entities, newest
 * first, with a Link header whose cursors are the ids of the underlying rows, not of the accounts. Rows whose
 * account is gone are left out of the body but still move the cursor.
 */
public final class AccountLists {

    private final AccountEntities entities;
    private final ApiPaging paging;

    public AccountLists(AccountEntities entities, ApiPaging paging) {
        this.entities = entities;
        this.paging = paging;
    }

    /**
     * @param cursorOf  the row id of an item, the paging cursor
     * @param accountOf the account an item shows, if it is still there
     */
    public <T> void send(Context ctx, Slice<T> slice, ToLongFunction<T> cursorOf,
                         Function<T, Optional<Account>> accountOf) {
        ArrayNode body = Json.MAPPER.createArrayNode();
        for (T item : slice.items()) {
            accountOf.apply(item).ifPresent(account -> body.add(entities.account(account)));
        }
        paging.link(ctx, slice, cursorOf);
        ApiJson.send(ctx, body);
    }
}
