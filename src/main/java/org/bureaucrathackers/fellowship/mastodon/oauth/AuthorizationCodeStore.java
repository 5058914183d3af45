package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Instant;
import java.util.Optional;

/** Authorization codes, kept only as SHA-256 hashes. */
public interface AuthorizationCodeStore {

    /**
     * A code a fellow granted an application. {@code codeChallenge} is null without PKCE; {@code usedAt} and
     * {@code tokenId} are set when it is exchanged for a token.
     */
    record StoredCode(long id, String codeHash, long applicationId, long accountId, String redirectUri,
                      String scopes, String codeChallenge, Instant createdAt, Instant expiresAt, Instant usedAt,
                      Long tokenId) {
    }

    void insert(StoredCode code);

    Optional<StoredCode> findByHash(String codeHash);

    /** Marks the code used, unless it already is; returns whether this call was the one that used it. */
    boolean markUsed(long id, Instant at);

    /** Remembers which token the code was exchanged for. */
    void attachToken(long id, long tokenId);

    /** Deletes codes that expired before {@code cutoff}; returns how many. */
    int deleteExpiredBefore(Instant cutoff);
}
