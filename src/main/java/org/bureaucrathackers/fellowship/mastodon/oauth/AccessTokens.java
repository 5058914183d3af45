package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;

/**
 * Issues bearer tokens and resolves them; only the SHA-256 of a token (and of its refresh token) is ever
 * stored. Tokens do not expire, as Mastodon's do not: they live until revoked.
 */
public final class AccessTokens {

    private static final int MAX_TOKEN_LENGTH = 256;

    private final TokenStore store;
    private final Ids ids;
    private final Clock clock;

    public AccessTokens(TokenStore store, Ids ids, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A freshly issued token: the secrets are shown once and never stored. {@code refreshSecret} is null
     * when no refresh token was issued.
     */
    public record IssuedToken(long id, String secret, Set<String> scopes, String refreshSecret, Instant createdAt) {
    }

    /** A token for a fellow, of no application (the command line, tests). */
    public IssuedToken issue(Account account, String scopeText) {
        return issue(account.id(), null, Scopes.parse(scopeText), false);
    }

    /**
     * A token acting for {@code accountId} (null: the application itself), issued to {@code applicationId}
     * (null: no application), with a refresh token when {@code refreshable}.
     */
    public IssuedToken issue(Long accountId, Long applicationId, Set<String> scopes, boolean refreshable) {
        Set<String> granted = new LinkedHashSet<>(scopes);
        String secret = Secrets.random();
        String refresh = refreshable ? Secrets.random() : null;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long id = ids.next();
        store.insert(new TokenStore.StoredToken(id, accountId, Secrets.hash(secret), String.join(" ", granted), now,
                null, applicationId, refresh == null ? null : Secrets.hash(refresh)));
        return new IssuedToken(id, secret, Collections.unmodifiableSet(granted), refresh, now);
    }

    /** The live token for {@code secret}, if any. */
    public Optional<TokenStore.StoredToken> resolve(String secret) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        return store.findByHash(Secrets.hash(secret)).filter(t -> !t.isRevoked());
    }

    /** The token {@code refreshSecret} refreshes, revoked or not (refreshing a revoked one is refused). */
    public Optional<TokenStore.StoredToken> findByRefresh(String refreshSecret) {
        if (!plausible(refreshSecret)) {
            return Optional.empty();
        }
        return store.findByRefreshHash(Secrets.hash(refreshSecret));
    }

    /** The token whose access or refresh secret is {@code secret}, revoked or not. */
    public Optional<TokenStore.StoredToken> findBySecret(String secret) {
        if (!plausible(secret)) {
            return Optional.empty();
        }
        String hash = Secrets.hash(secret);
        return store.findByHash(hash).or(() -> store.findByRefreshHash(hash));
    }

    public Optional<TokenStore.StoredToken> find(long id) {
        return store.findById(id);
    }

    /** Revokes the token; returns whether it was live until now. */
    public boolean revoke(long id) {
        return store.revoke(id, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Revokes every live token of a fellow (after a password reset, say); returns how many. */
    /** The applications holding live tokens for {@code accountId} (at most {@code limit}). */
    public java.util.List<TokenStore.AuthorizedApp> appsAuthorizedBy(long accountId, int limit) {
        return store.appsAuthorizedBy(accountId, limit);
    }

    /** Ends every token {@code applicationId} holds for {@code accountId}; returns how many. */
    public int revokeApp(long accountId, long applicationId) {
        return store.revokeApp(accountId, applicationId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    public int revokeAllOf(long accountId) {
        return store.revokeAllOf(accountId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    private static boolean plausible(String secret) {
        return secret != null && !secret.isEmpty() && secret.length() <= MAX_TOKEN_LENGTH;
    }
}
