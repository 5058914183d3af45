package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;

/**
 * Who is calling the API: the token's id and granted scopes, and the fellow it acts for (null for an
 * application token from the client-credentials grant).
 */
public record Caller(long tokenId, Account account, Set<String> scopes) {

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean isUser() {
        return account != null;
    }

    public long accountId() {
        if (account == null) {
            throw new IllegalStateException("an application token acts for no account");
        }
        return account.id();
    }

    /** Whether the granted scopes cover {@code required}, as Mastodon expands them. */
    public boolean allows(String required) {
        return Scopes.covers(scopes, required);
    }
}
