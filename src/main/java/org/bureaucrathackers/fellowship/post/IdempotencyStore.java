package org.bureaucrathackers.fellowship.post;

import java.time.Instant;
import java.util.Optional;

/** The Idempotency-Keys fellows posted with, kept as SHA-256 hashes of the key. */
public interface IdempotencyStore {

    /** A key in use: the status it made, or null while its first request is still posting. */
    record Claim(Long statusId, Instant createdAt) {
    }

    /**
     * Claims the key for a new post: drops a claim made before {@code staleBefore}, then adds one unless
     * another is there. Returns whether this caller holds the claim now.
     */
    boolean claim(long accountId, String keyHash, Instant now, Instant staleBefore);

    Optional<Claim> find(long accountId, String keyHash);

    /** Records the status the claim made. */
    void complete(long accountId, String keyHash, long statusId);

    /** Gives a claim up (the post failed), so the key can be used again. */
    void release(long accountId, String keyHash);

    /** Forgets claims made before {@code staleBefore}; returns how many. */
    int forgetBefore(Instant staleBefore);
}
