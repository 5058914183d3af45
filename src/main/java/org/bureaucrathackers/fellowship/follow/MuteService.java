package org.bureaucrathackers.fellowship.follow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.transaction.Transactions;

/**
 * Mutes, as Mastodon has them: a fellow stops seeing an account's statuses at home (and, if asked, its
 * notifications) without the account knowing. Nothing is sent to other servers.
 */
public final class MuteService {

    /** The longest timed mute; longer ones are refused rather than silently shortened. */
    public static final Duration MAX_DURATION = Duration.ofDays(3650);

    private final Transactions transactions;
    private final MuteStore mutes;
    private final Ids ids;
    private final Clock clock;

    public MuteService(Transactions transactions, MuteStore mutes, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.mutes = mutes;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * {@code local} mutes {@code target}, replacing an earlier mute of the same account.
     *
     * @param hideNotifications whether the target's notifications are hidden too
     * @param duration          how long the mute lasts; null or zero for until lifted
     */
    public Mute mute(Account local, Account target, boolean hideNotifications, Duration duration) {
        if (!local.isLocal() || local.isDeleted()) {
            throw new InvalidFollowException("only a fellow of this instance can mute here");
        }
        if (local.id() == target.id()) {
            throw new InvalidFollowException("an account cannot mute itself");
        }
        if (duration != null && (duration.isNegative() || duration.compareTo(MAX_DURATION) > 0)) {
            throw new InvalidFollowException("a mute lasts from 0 seconds (until lifted) to "
                    + MAX_DURATION.toSeconds() + " seconds");
        }
        Instant now = now();
        Instant expiresAt = duration == null || duration.isZero() ? null : now.plus(duration);
        Mute mute = new Mute(ids.next(), local.id(), target.id(), hideNotifications, expiresAt, now);
        transactions.run(() -> mutes.save(mute));
        return mute;
    }

    /** {@code local} lifts its mute of {@code target}; returns whether there was one. */
    public boolean unmute(Account local, Account target) {
        return mutes.delete(local.id(), target.id());
    }

    /** The mute of {@code target} by {@code viewer} that holds now, if any. */
    public Optional<Mute> find(Account viewer, Account target) {
        return mutes.find(viewer.id(), target.id(), now());
    }

    /** Whether {@code viewerId} mutes {@code targetId} now: what keeps the target out of the home timeline. */
    public boolean mutes(long viewerId, long targetId) {
        return mutes.find(viewerId, targetId, now()).isPresent();
    }

    /** Whether {@code viewerId} has muted the notifications of {@code targetId}. */
    public boolean hidesNotifications(long viewerId, long targetId) {
        return mutes.find(viewerId, targetId, now()).map(Mute::hideNotifications).orElse(false);
    }

    /** {@code local}'s mutes that hold now, most recent first. */
    public Slice<Mute> mutedBy(Account local, PageRequest page) {
        return mutes.mutedBy(local.id(), page, now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
