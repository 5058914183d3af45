package org.bureaucrathackers.fellowship.post;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.actor.Account;

/**
 * Posting with an Idempotency-Key: a client that repeats a request (a retry after a lost answer) gets the
 * status the first one made, for an hour, instead of a second copy. The key is claimed before posting, so
 * two requests racing with one key cannot both post.
 */
public final class PostIdempotency {

    public static final Duration WINDOW = Duration.ofHours(1);
    public static final int MAX_KEY_LENGTH = 256;
    private static final Duration CLEANUP_EVERY = Duration.ofMinutes(5);

    /** The first request with the key has not finished posting yet. */
    public static final class InProgressException extends RuntimeException {
        InProgressException() {
            super("a post with this Idempotency-Key is still being made; try again in a moment", null, false, false);
        }
    }

    private final IdempotencyStore store;
    private final StatusStore statuses;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanup = new AtomicReference<>(Instant.EPOCH);

    public PostIdempotency(IdempotencyStore store, StatusStore statuses, Clock clock) {
        this.store = store;
        this.statuses = statuses;
        this.clock = clock;
    }

    /**
     * The status an earlier request with {@code key} made within the hour, or else the one {@code post}
     * makes now.
     *
     * @throws InvalidPostException when the key is blank or longer than {@link #MAX_KEY_LENGTH}
     * @throws InProgressException  while the first request with the key is still posting
     */
    public Status post(Account author, String key, Supplier<Status> post) {
        if (key == null || key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new InvalidPostException("an Idempotency-Key has 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String hash = hash(key);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant staleBefore = now.minus(WINDOW);
        forgetOldKeys(now, staleBefore);
        if (!store.claim(author.id(), hash, now, staleBefore)) {
            Optional<IdempotencyStore.Claim> claim = store.find(author.id(), hash);
            if (claim.isPresent() && claim.get().statusId() != null) {
                Optional<Status> earlier = statuses.findById(claim.get().statusId());
                if (earlier.isPresent()) {
                    return earlier.get();
                }
            }
            if (claim.isPresent()) {
                throw new InProgressException();
            }
            // The claim went away between the two reads (its post failed or was deleted): claim afresh.
            if (!store.claim(author.id(), hash, now, staleBefore)) {
                throw new InProgressException();
            }
        }
        Status status;
        try {
            status = post.get();
        } catch (RuntimeException e) {
            store.release(author.id(), hash);
            throw e;
        }
        store.complete(author.id(), hash, status.id());
        return status;
    }

    /** Keys older than the window are dropped now and then, not on every post. */
    private void forgetOldKeys(Instant now, Instant staleBefore) {
        Instant last = lastCleanup.get();
        if (now.isAfter(last.plus(CLEANUP_EVERY)) && lastCleanup.compareAndSet(last, now)) {
            store.forgetBefore(staleBefore);
        }
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
