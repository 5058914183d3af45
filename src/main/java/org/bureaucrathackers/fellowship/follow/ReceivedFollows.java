package org.bureaucrathackers.fellowship.follow;

import java.time.Clock;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * The follow state machine as remote actors drive it (F2–F5): a Follow of a local account, the Accept or
 * Reject of a local account's Follow, and Undo(Follow). The inbox handlers call these; what a fellow does
 * is in {@link FollowService}.
 */
public final class ReceivedFollows {

    /** What became of a received Follow. */
    public enum FollowOutcome {
        /** Accepted, and an Accept sent. */
        ACCEPTED,
        /** Waiting for the fellow's approval. */
        PENDING,
        /** Refused (the instance actor, or a block), and a Reject sent. */
        REJECTED
    }

    private final Transactions transactions;
    private final FollowStore follows;
    private final BlockStore blocks;
    private final FollowMessages messages;
    private final LocalUris uris;
    private final Ids ids;

    public ReceivedFollows(Transactions transactions, FollowStore follows, BlockStore blocks,
                           OutboundActivities outbound, Notifications notifications, LocalUris uris, Ids ids,
                           Clock clock) {
        this.transactions = transactions;
        this.follows = follows;
        this.blocks = blocks;
        this.messages = new FollowMessages(outbound, notifications, uris, ids, clock);
        this.uris = uris;
        this.ids = ids;
    }

    /**
     * A remote actor asks to follow a local one (F2, F3). Follows of the instance actor and across a block
     * are rejected; a fellow who approves followers by hand gets a pending request; otherwise, and for a
     * follower already accepted, an Accept goes back (again for a repeated Follow, as Mastodon does).
     */
    public FollowOutcome receiveFollow(Account follower, Account localTarget, String followUri) {
        if (!localTarget.isLocal()) {
            throw new IllegalArgumentException("the target of a received Follow must be local: " + localTarget.uri());
        }
        return transactions.inTransaction(() -> {
            Optional<Follow> existing = follows.find(follower.id(), localTarget.id());
            if (uris.isInstanceActor(localTarget.uri()) || localTarget.isDeleted()
                    || blocks.eitherBlocks(follower.id(), localTarget.id())) {
                existing.ifPresent(f -> follows.delete(f.id()));
                long rejectId = existing.map(Follow::id).orElseGet(ids::next);
                messages.send(localTarget, FollowDocuments.reject(uris.rejectActivity(localTarget.uri(), rejectId), followUri,
                        follower, localTarget), follower);
                return FollowOutcome.REJECTED;
            }
            Follow follow;
            if (existing.isPresent()) {
                Follow.State state = existing.get().state() == Follow.State.ACCEPTED
                        || !localTarget.manuallyApprovesFollowers() ? Follow.State.ACCEPTED : Follow.State.PENDING;
                follows.update(existing.get().id(), state, followUri);
                follow = new Follow(existing.get().id(), follower.id(), localTarget.id(), state, followUri,
                        existing.get().createdAt());
            } else {
                Follow.State state = localTarget.manuallyApprovesFollowers() ? Follow.State.PENDING : Follow.State.ACCEPTED;
                follow = new Follow(ids.next(), follower.id(), localTarget.id(), state, followUri, messages.now());
                follows.insert(follow);
            }
            // A repeated Follow tells the fellow nothing new (Mastodon fast-forwards it silently).
            if (existing.isEmpty() || existing.get().state() != follow.state()) {
                messages.notifyTarget(follow, follower, localTarget);
            }
            if (follow.state() == Follow.State.PENDING) {
                return FollowOutcome.PENDING;
            }
            messages.sendAccept(follow, follower, localTarget);
            return FollowOutcome.ACCEPTED;
        });
    }

    /**
     * A remote actor accepted a local one's Follow. Matched as Mastodon does: by the Follow's id with the
     * accepter as target, else by who follows whom. {@code followUri} or {@code follower} may be null.
     * Returns whether a pending follow became accepted.
     */
    public boolean receiveAccept(Account accepter, String followUri, Account follower) {
        return transactions.inTransaction(() -> {
            Optional<Follow> follow = matching(accepter, followUri, follower);
            if (follow.isEmpty() || follow.get().state() == Follow.State.ACCEPTED) {
                return false;
            }
            follows.update(follow.get().id(), Follow.State.ACCEPTED, follow.get().uri());
            return true;
        });
    }

    /**
     * A remote actor rejected a local one's Follow, or removed them as a follower (F4): the follow goes,
     * whatever its state. Returns whether there was one.
     */
    public boolean receiveReject(Account rejecter, String followUri, Account follower) {
        return transactions.inTransaction(() -> {
            Optional<Follow> follow = matching(rejecter, followUri, follower);
            follow.ifPresent(f -> follows.delete(f.id()));
            return follow.isPresent();
        });
    }

    /** A remote actor unfollows a local one, or withdraws its request (Undo(Follow)). */
    public boolean receiveUndoFollow(Account follower, Account localTarget) {
        return transactions.inTransaction(() -> {
            Optional<Follow> follow = follows.find(follower.id(), localTarget.id());
            follow.ifPresent(f -> follows.delete(f.id()));
            return follow.isPresent();
        });
    }

    /** Undo(Follow) naming only the Follow's id: the follow of a local account by {@code follower} with that id. */
    public boolean receiveUndoFollow(Account follower, String followUri) {
        return transactions.inTransaction(() -> {
            Optional<Follow> follow = follows.findByUri(followUri).filter(f -> f.followerId() == follower.id());
            follow.ifPresent(f -> follows.delete(f.id()));
            return follow.isPresent();
        });
    }

    /** The follow a remote actor's Accept or Reject answers: by id with that actor as target, else by pair. */
    private Optional<Follow> matching(Account answerer, String followUri, Account follower) {
        if (followUri != null) {
            Optional<Follow> byUri = follows.findByUri(followUri).filter(f -> f.targetId() == answerer.id());
            if (byUri.isPresent()) {
                return byUri;
            }
        }
        return follower == null ? Optional.empty() : follows.find(follower.id(), answerer.id());
    }
}
