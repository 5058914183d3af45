package org.bureaucrathackers.fellowship.post;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.transaction.Transactions;

/**
 * Statuses a fellow pins to their profile (the featured collection): only their own public or unlisted
 * posts, at most {@link #MAX_PINS}, as Mastodon allows. Pinning twice changes nothing.
 */
public final class Pins {

    /** Mastodon's limit, which clients show as {@code max_pinned_statuses}. */
    public static final int MAX_PINS = 5;

    private final Transactions transactions;
    private final PinStore statuses;
    private final Ids ids;
    private final Clock clock;

    public Pins(Transactions transactions, PinStore statuses, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.statuses = statuses;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * @throws InvalidPostException for someone else's post, a boost, a followers-only or direct post, or one
     *                              pin too many
     */
    public void pin(Account fellow, Status status) {
        if (status.accountId() != fellow.id() || status.isBoost()) {
            throw new InvalidPostException("only your own posts can be pinned");
        }
        if (!status.visibility().isOpen()) {
            throw new InvalidPostException("only public and unlisted posts can be pinned");
        }
        transactions.run(() -> {
            if (!statuses.pinnedAmong(fellow.id(), java.util.List.of(status.id())).isEmpty()) {
                return;
            }
            if (statuses.countPins(fellow.id()) >= MAX_PINS) {
                throw new InvalidPostException("at most " + MAX_PINS + " posts can be pinned");
            }
            statuses.pin(ids.next(), fellow.id(), status.id(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
        });
    }

    public void unpin(Account fellow, Status status) {
        statuses.unpin(fellow.id(), status.id());
    }
}
