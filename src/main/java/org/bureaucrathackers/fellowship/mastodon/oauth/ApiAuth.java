package org.bureaucrathackers.fellowship.mastodon.oauth;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.http.HttpError;

/**
 * Bearer-token authentication for the client API: 401 for a missing, unknown or revoked token, 403 when the
 * token lacks the scope, 422 when an endpoint needs a fellow and the token is an application's.
 * The messages are Mastodon's, which clients show as they are.
 */
public final class ApiAuth {

    private static final String CALLER_ATTRIBUTE = "fellowship.caller";

    private final AccessTokens tokens;
    private final AccountStore accounts;

    public ApiAuth(AccessTokens tokens, AccountStore accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    /** The calling fellow, whose token must grant {@code scope}. */
    public Caller user(Context ctx, String scope) {
        Caller caller = any(ctx, scope);
        if (!caller.isUser()) {
            throw new HttpError(422, "This method requires an authenticated user");
        }
        return caller;
    }

    /** A fellow's or an application's token that grants {@code scope}. */
    public Caller any(Context ctx, String scope) {
        Caller caller = optional(ctx).orElseThrow(() -> new HttpError(401, "The access token is invalid"));
        if (!caller.allows(scope)) {
            throw new HttpError(403, "This action is outside the authorized scopes");
        }
        return caller;
    }

    /**
     * The caller when the request carries a token, which must then grant {@code scope} (403 otherwise); empty for
     * anonymous requests. For endpoints open to everyone that say more to those who sign in.
     */
    public Optional<Caller> optional(Context ctx, String scope) {
        Optional<Caller> caller = optional(ctx);
        if (caller.isPresent() && !caller.get().allows(scope)) {
            throw new HttpError(403, "This action is outside the authorized scopes");
        }
        return caller;
    }

    /** The fellow asking, when a fellow's token that grants {@code scope} came; empty for anonymous and apps. */
    public Optional<Account> viewer(Context ctx, String scope) {
        return optional(ctx, scope).filter(Caller::isUser).map(Caller::account);
    }

    /** The fellow asking, when a fellow's token came; empty for anonymous requests and application tokens. */
    public Optional<Account> viewer(Context ctx) {
        return optional(ctx).filter(Caller::isUser).map(Caller::account);
    }

    /**
     * The caller when the request carries a token; empty for anonymous requests. A token that is present but
     * not valid is refused (401) rather than silently treated as anonymous.
     */
    public Optional<Caller> optional(Context ctx) {
        Caller cached = ctx.attribute(CALLER_ATTRIBUTE);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> secret = bearer(ctx);
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        TokenStore.StoredToken token = tokens.resolve(secret.get())
                .orElseThrow(() -> new HttpError(401, "The access token is invalid"));
        Account account = null;
        if (token.accountId() != null) {
            account = accounts.findById(token.accountId()).filter(a -> a.isLocal() && !a.isDeleted())
                    .orElseThrow(() -> new HttpError(401, "The access token is invalid"));
        }
        Caller caller = new Caller(token.id(), account, Scopes.parse(token.scopes()));
        ctx.attribute(CALLER_ATTRIBUTE, caller);
        return Optional.of(caller);
    }

    /**
     * The token from {@code Authorization: Bearer}, else the {@code access_token} query parameter, else (a
     * WebSocket handshake, as masto.js sends it) the first subprotocol offered.
     */
    static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header != null && !header.isBlank()) {
            String trimmed = header.trim();
            if (trimmed.length() > 7 && trimmed.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
                return Optional.of(trimmed.substring(7).trim());
            }
            return Optional.empty();
        }
        Optional<String> query = Optional.ofNullable(ctx.queryParam("access_token")).filter(t -> !t.isBlank());
        if (query.isPresent()) {
            return query;
        }
        String protocols = ctx.header("Sec-WebSocket-Protocol");
        if (protocols == null || protocols.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(protocols.split(",", 2)[0].trim()).filter(t -> !t.isEmpty());
    }
}
