package org.bureaucrathackers.fellowship.follow;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * The follow state machine (F1–F5) and blocks (P4). A follow is pending until the target accepts: a
 * remote target by an Accept, a local one at once unless it approves followers by hand. Between two local
 * accounts nothing is sent: both sides live in this database. Local fellows are notified of new followers and
 * requests in the same transaction.
 */
public final class FollowService {

    public static final int MAX_PENDING_LISTED = 200;

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
    private final OutboundActivities outbound;
    private final Notifications notifications;
    private final LocalUris uris;
    private final Ids ids;
    private final Clock clock;

    public FollowService(Transactions transactions, FollowStore follows, BlockStore blocks,
                         OutboundActivities outbound, Notifications notifications, LocalUris uris, Ids ids,
                         Clock clock) {
        this.transactions = transactions;
        this.follows = follows;
        this.blocks = blocks;
        this.outbound = outbound;
        this.notifications = notifications;
        this.uris = uris;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * {@code local} follows {@code target} (F1). Following again returns the existing follow; a pending
     * follow of a remote actor is sent again, since its first Follow may have been lost.
     */
    public Follow follow(Account local, Account target) {
        requireLocal(local, "follow");
        if (local.id() == target.id()) {
            throw new InvalidFollowException("an account cannot follow itself");
        }
        if (target.isDeleted()) {
            throw new InvalidFollowException(target.uri() + " is gone");
        }
        if (uris.isInstanceActor(target.uri()) || uris.isInstanceActor(local.uri())) {
            throw new InvalidFollowException("the instance actor neither follows nor is followed");
        }
        return transactions.inTransaction(() -> {
            if (blocks.eitherBlocks(local.id(), target.id())) {
                throw new InvalidFollowException("there is a block between " + local.username() + " and " + target.uri());
            }
            Optional<Follow> existing = follows.find(local.id(), target.id());
            if (existing.isPresent()) {
                Follow follow = existing.get();
                if (follow.state() == Follow.State.PENDING && !target.isLocal()) {
                    outbound.publish(local, FollowDocuments.follow(follow.uri(), local, target), List.of(target), false);
                }
                return follow;
            }
            long id = ids.next();
            Follow.State state = target.isLocal() && !target.manuallyApprovesFollowers()
                    ? Follow.State.ACCEPTED : Follow.State.PENDING;
            Follow follow = new Follow(id, local.id(), target.id(), state, uris.followActivity(local.uri(), id), now());
            follows.insert(follow);
            if (!target.isLocal()) {
                outbound.publish(local, FollowDocuments.follow(follow.uri(), local, target), List.of(target), false);
            }
            notifyTarget(follow, local, target);
            return follow;
        });
    }

    /**
     * {@code local} follows {@code target} as {@link #follow(Account, Account)} does, recording what it asked
     * for with the follow; following again replaces those options.
     */
    public Follow follow(Account local, Account target, FollowOptions options) {
        return transactions.inTransaction(() -> {
            Follow follow = follow(local, target);
            follows.setOptions(follow.id(), options);
            return follow;
        });
    }

    /** What {@code local} asked for when following {@code target}; the defaults when it does not. */
    public FollowOptions options(Account local, Account target) {
        return follows.find(local.id(), target.id()).map(f -> follows.options(f.id())).orElse(FollowOptions.DEFAULT);
    }

    /** {@code local} stops following {@code target}, or withdraws its request: Undo(Follow) (F5). */
    public boolean unfollow(Account local, Account target) {
        requireLocal(local, "unfollow");
        return transactions.inTransaction(() -> {
            Optional<Follow> existing = follows.find(local.id(), target.id());
            if (existing.isEmpty()) {
                return false;
            }
            Follow follow = existing.get();
            follows.delete(follow.id());
            if (!target.isLocal()) {
                outbound.publish(local, FollowDocuments.undoFollow(uris.undo(follow.uri()), follow.uri(), local, target),
                        List.of(target), false);
            }
            return true;
        });
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
                send(localTarget, FollowDocuments.reject(uris.rejectActivity(localTarget.uri(), rejectId), followUri,
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
                follow = new Follow(ids.next(), follower.id(), localTarget.id(), state, followUri, now());
                follows.insert(follow);
            }
            // A repeated Follow tells the fellow nothing new (Mastodon fast-forwards it silently).
            if (existing.isEmpty() || existing.get().state() != follow.state()) {
                notifyTarget(follow, follower, localTarget);
            }
            if (follow.state() == Follow.State.PENDING) {
                return FollowOutcome.PENDING;
            }
            sendAccept(follow, follower, localTarget);
            return FollowOutcome.ACCEPTED;
        });
    }

    /** The requests waiting for {@code local}'s approval, oldest first. */
    public List<Follow> pendingRequests(Account local) {
        return follows.pendingRequests(local.id(), MAX_PENDING_LISTED);
    }

    /** The requests waiting for {@code local}'s approval, most recent first, a page at a time. */
    public Slice<Follow> pendingRequests(Account local, PageRequest page) {
        return follows.pendingRequests(local.id(), page);
    }

    public long countPendingRequests(Account local) {
        return follows.countPendingRequests(local.id());
    }

    /** Whether {@code requester} waits for {@code local}'s approval. */
    public boolean hasPendingRequest(Account local, Account requester) {
        return follows.find(requester.id(), local.id()).filter(f -> f.state() == Follow.State.PENDING).isPresent();
    }

    /** Who follows {@code account} (accepted), most recent follow first, a page at a time. */
    public Slice<FollowedActor> followers(Account account, PageRequest page) {
        return follows.followers(account.id(), page);
    }

    /** Whom {@code account} follows (accepted), most recent follow first, a page at a time. */
    public Slice<FollowedActor> following(Account account, PageRequest page) {
        return follows.following(account.id(), page);
    }

    /** The accounts {@code local} blocks, most recent block first, a page at a time. */
    public Slice<Block> blocks(Account local, PageRequest page) {
        return blocks.blockedBy(local.id(), page);
    }

    /** {@code local} accepts {@code requester}'s pending request. Returns whether there was one. */
    public boolean approve(Account local, Account requester) {
        requireLocal(local, "approve followers");
        return transactions.inTransaction(() -> {
            Optional<Follow> request = follows.find(requester.id(), local.id())
                    .filter(f -> f.state() == Follow.State.PENDING);
            if (request.isEmpty()) {
                return false;
            }
            Follow follow = request.get();
            follows.update(follow.id(), Follow.State.ACCEPTED, follow.uri());
            sendAccept(follow, requester, local);
            notifications.followed(local, requester, follow.id());
            return true;
        });
    }

    /**
     * {@code local} turns down {@code requester}'s pending request, or removes an accepted follower: the
     * follow goes and a Reject tells the other side (F4). Returns whether there was a follow.
     */
    public boolean reject(Account local, Account requester) {
        requireLocal(local, "reject followers");
        return transactions.inTransaction(() -> {
            Optional<Follow> existing = follows.find(requester.id(), local.id());
            if (existing.isEmpty()) {
                return false;
            }
            Follow follow = existing.get();
            follows.delete(follow.id());
            send(local, FollowDocuments.reject(uris.rejectActivity(local.uri(), follow.id()), follow.uri(), requester,
                    local), requester);
            return true;
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

    /** Whether a fellow of this instance follows {@code account} (accepted). */
    public boolean hasLocalFollowers(Account account) {
        return follows.hasLocalFollowers(account.id());
    }

    /**
     * {@code local} blocks {@code target} (P4): follows both ways end (an Undo and a Reject tell the other
     * side, for servers that ignore Blocks), then the Block is sent to the blocked actor alone.
     */
    public Block block(Account local, Account target) {
        requireLocal(local, "block");
        if (local.id() == target.id()) {
            throw new InvalidFollowException("an account cannot block itself");
        }
        return transactions.inTransaction(() -> {
            Optional<Block> existing = blocks.find(local.id(), target.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            follows.find(local.id(), target.id()).ifPresent(f -> {
                follows.delete(f.id());
                send(local, FollowDocuments.undoFollow(uris.undo(f.uri()), f.uri(), local, target), target);
            });
            follows.find(target.id(), local.id()).ifPresent(f -> {
                follows.delete(f.id());
                send(local, FollowDocuments.reject(uris.rejectActivity(local.uri(), f.id()), f.uri(), target, local),
                        target);
            });
            long id = ids.next();
            Block block = new Block(id, local.id(), target.id(), uris.blockActivity(local.uri(), id), now());
            blocks.insert(block);
            notifications.blocked(local, target);
            send(local, FollowDocuments.block(block.uri(), local, target), target);
            return block;
        });
    }

    /** {@code local} lifts its block of {@code target}: Undo(Block) with the Block embedded. */
    public boolean unblock(Account local, Account target) {
        requireLocal(local, "unblock");
        return transactions.inTransaction(() -> {
            Optional<Block> existing = blocks.find(local.id(), target.id());
            if (existing.isEmpty()) {
                return false;
            }
            Block block = existing.get();
            blocks.delete(block.id());
            send(local, FollowDocuments.undoBlock(uris.undo(block.uri()), block.uri(), local, target), target);
            return true;
        });
    }

    /** A remote actor blocks a local one: follows and requests both ways end (P4). */
    public Block receiveBlock(Account blocker, Account localTarget, String blockUri) {
        return transactions.inTransaction(() -> {
            follows.find(blocker.id(), localTarget.id()).ifPresent(f -> follows.delete(f.id()));
            follows.find(localTarget.id(), blocker.id()).ifPresent(f -> follows.delete(f.id()));
            Optional<Block> existing = blocks.find(blocker.id(), localTarget.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            Block block = new Block(ids.next(), blocker.id(), localTarget.id(), blockUri, now());
            blocks.insert(block);
            return block;
        });
    }

    /** A remote actor lifts its block of a local one. */
    public boolean receiveUndoBlock(Account blocker, Account localTarget) {
        return transactions.inTransaction(() -> {
            Optional<Block> existing = blocks.find(blocker.id(), localTarget.id());
            existing.ifPresent(b -> blocks.delete(b.id()));
            return existing.isPresent();
        });
    }

    public boolean isFollowing(Account follower, Account target) {
        return follows.isFollowing(follower.id(), target.id());
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

    /** A local target hears of a new follower, or of a request waiting for its answer (repeats are ignored). */
    private void notifyTarget(Follow follow, Account follower, Account target) {
        if (!target.isLocal()) {
            return;
        }
        if (follow.state() == Follow.State.ACCEPTED) {
            notifications.followed(target, follower, follow.id());
        } else {
            notifications.followRequested(target, follower, follow.id());
        }
    }

    /** Each Accept gets its own id: a repeated Follow's Accept must not be taken for the first one's duplicate. */
    private void sendAccept(Follow follow, Account follower, Account target) {
        send(target, FollowDocuments.accept(uris.acceptActivity(target.uri(), ids.next()), follow.uri(), follower,
                target), follower);
    }

    /** Sends to a remote account; between local accounts the database already says everything. */
    private void send(Account from, com.fasterxml.jackson.databind.node.ObjectNode activity, Account to) {
        if (!to.isLocal()) {
            outbound.publish(from, activity, List.of(to), false);
        }
    }

    private static void requireLocal(Account account, String action) {
        if (!account.isLocal() || account.isDeleted()) {
            throw new InvalidFollowException("only a fellow of this instance can " + action + " here");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
