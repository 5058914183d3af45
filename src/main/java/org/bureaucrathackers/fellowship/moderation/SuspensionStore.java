package org.bureaucrathackers.fellowship.moderation;

import java.time.Instant;
import java.util.Optional;

/** Persistence of actor suspensions (a column of the account). */
public interface SuspensionStore {

    /** Marks a remote account suspended (keeping an earlier time); returns false when there is no such account. */
    boolean suspend(long accountId, Instant at);

    /** Returns whether the account was suspended. */
    boolean unsuspend(long accountId);

    /** When the account with this actor id was suspended; empty when it is not, or not known. */
    Optional<Instant> suspendedAt(String actorUri);
}
