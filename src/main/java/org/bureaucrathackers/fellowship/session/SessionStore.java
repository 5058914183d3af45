package org.bureaucrathackers.fellowship.session;

import java.time.Instant;
import java.util.Optional;

/** Browser sessions, kept only as SHA-256 hashes of the cookie's secret. */
public interface SessionStore {

    record StoredSession(long id, String tokenHash, long accountId, Instant createdAt, Instant expiresAt) {
    }

    void insert(StoredSession session);

    Optional<StoredSession> findByHash(String tokenHash);

    void delete(long id);

    /** Removes sessions that ended before {@code cutoff}; returns how many. */
    int deleteExpiredBefore(Instant cutoff);
}
