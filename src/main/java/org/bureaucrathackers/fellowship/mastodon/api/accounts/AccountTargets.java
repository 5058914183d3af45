package org.bureaucrathackers.fellowship.mastodon.api.accounts;

import io.javalin.http.Context;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.AccountLookup;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;

/** The account an API path names by id ({@code /accounts/:id/...}); 404 as Mastodon answers for any other. */
public final class AccountTargets {

    public static final String NOT_FOUND = "Record not found";

    private final AccountLookup lookup;

    public AccountTargets(AccountLookup lookup) {
        this.lookup = lookup;
    }

    /** The account whose id is the path parameter {@code name}; 404 when it is not an id or not known. */
    public Account fromPath(Context ctx, String name) {
        return ApiIds.parse(ctx.pathParam(name)).flatMap(lookup::byId)
                .orElseThrow(() -> new HttpError(404, NOT_FOUND));
    }

    public Account fromPath(Context ctx) {
        return fromPath(ctx, "id");
    }
}
