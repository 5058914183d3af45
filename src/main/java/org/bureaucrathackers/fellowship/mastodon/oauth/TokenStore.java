package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Instant;
import java.util.Optional;

/** Bearer tokens, kept only as SHA-256 hashes of the secret (and of the refresh token, when one was issued). */
public interface TokenStore {

    /**
     * A stored token. {@code accountId} is null for an application's own token (client credentials);
     * {@code applicationId} is null for tokens made on the command line; {@code refreshTokenHash} is null when
     * no refresh token was issued.
     */
    record StoredToken(long id, Long accountId, String tokenHash, String scopes, Instant createdAt, Instant revokedAt,
                       Long applicationId, String refreshTokenHash) {

        /** A token of no application, without a refresh token. */
        public StoredToken(long id, Long accountId, String tokenHash, String scopes, Instant createdAt,
                           Instant revokedAt) {
            this(id, accountId, tokenHash, scopes, createdAt, revokedAt, null, null);
        }

        public boolean isRevoked() {
            return revokedAt != null;
        }
    }

    void insert(StoredToken token);

    Optional<StoredToken> findByHash(String tokenHash);

    Optional<StoredToken> findById(long id);

    Optional<StoredToken> findByRefreshHash(String refreshTokenHash);

    /** Marks the token revoked at {@code at}, unless it already is; returns whether this call revoked it. */
    boolean revoke(long id, Instant at);

    /** An application holding at least one live token for an account, with when it was first authorized. */
    record AuthorizedApp(long applicationId, String name, String website, String scopes, Instant since) {
    }

    /** The applications holding live tokens for {@code accountId}, at most {@code limit}, oldest first. */
    java.util.List<AuthorizedApp> appsAuthorizedBy(long accountId, int limit);

    /** Revokes every live token {@code applicationId} holds for {@code accountId}; returns how many. */
    int revokeApp(long accountId, long applicationId, Instant at);

    /** Revokes every live token of the account; returns how many. */
    int revokeAllOf(long accountId, Instant at);
}
