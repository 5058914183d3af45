package org.bureaucrathackers.fellowship.moderation;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.bureaucrathackers.fellowship.actor.Account;

/**
 * Suspensions of remote actors (X17): while suspended, the inbox accepts from an actor only what undoes or
 * removes (Delete, Undo, Reject) and Updates of what is already stored here.
 */
public final class Suspensions {

    private final SuspensionStore store;
    private final Clock clock;

    public Suspensions(SuspensionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * @return false when the actor was already suspended
     * @throws IllegalArgumentException for a local account: fellows are managed here, not suspended by federation
     */
    public boolean suspend(Account account) {
        requireRemote(account);
        if (isSuspended(account.uri())) {
            return false;
        }
        return store.suspend(account.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Returns false when the actor was not suspended. */
    public boolean unsuspend(Account account) {
        requireRemote(account);
        return store.unsuspend(account.id());
    }

    public boolean isSuspended(String actorUri) {
        return actorUri != null && store.suspendedAt(actorUri).isPresent();
    }

    private static void requireRemote(Account account) {
        if (account.isLocal()) {
            throw new IllegalArgumentException(account.username() + " is a fellow of this instance; only actors of "
                    + "other servers are suspended");
        }
    }
}
