package org.bureaucrathackers.fellowship.mastodon;

import java.time.Instant;
import java.util.Optional;

/** Bearer tokens, kept only as SHA-256 hashes of the secret. */
public interface TokenStore {

    record StoredToken(long id, Long accountId, String tokenHash, String scopes, Instant createdAt, Instant revokedAt) {
    }

    void insert(StoredToken token);

    Optional<StoredToken> findByHash(String tokenHash);
}
