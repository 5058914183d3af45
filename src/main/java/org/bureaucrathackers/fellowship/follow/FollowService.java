package org.bureaucrathackers.fellowship.follow;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * The follow state machine as a fellow drives it (F1, F4, F5), and who follows whom. A follow is pending until
 * the target accepts: a remote target by an Accept, a local one at once unless it approves followers by hand.
 * Between two local accounts nothing is sent: both sides live in this database. Local fellows are notified of
 * new followers and requests in the same transaction. What remote actors send is in {@link ReceivedFollows},
 * blocks in {@link BlockService}.
 */
public final class FollowService {

    public static final int MAX_PENDING_LISTED = 200;

    private final Transactions transactions;
    private final FollowStore follows;
    private final BlockStore blocks;
    private final FollowMessages messages;
    private final Notifications notifications;
    private final LocalUris uris;
    private final Ids ids;

    public FollowService(Transactions transactions, FollowStore follows, BlockStore blocks,
                         OutboundActivities outbound, Notifications notifications, LocalUris uris, Ids ids,
                         Clock clock) {
        this.transactions = transactions;
        this.follows = follows;
        this.blocks = blocks;
        this.messages = new FollowMessages(outbound, notifications, uris, ids, clock);
        this.notifications = notifications;
        this.uris = uris;
        this.ids = ids;
    }

    /**
     * {@code local} follows {@code target} (F1). Following again returns the existing follow; a pending
     * follow of a remote actor is sent again, since its first Follow may have been lost.
     */
    public Follow follow(Account local, Account target) {
        FollowMessages.requireLocal(local, "follow");
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
                    messages.send(local, FollowDocuments.follow(follow.uri(), local, target), target);
                }
                return follow;
            }
            long id = ids.next();
            Follow.State state = target.isLocal() && !target.manuallyApprovesFollowers()
                    ? Follow.State.ACCEPTED : Follow.State.PENDING;
            Follow follow = new Follow(id, local.id(), target.id(), state, uris.followActivity(local.uri(), id), messages.now());
            follows.insert(follow);
            if (!target.isLocal()) {
                messages.send(local, FollowDocuments.follow(follow.uri(), local, target), target);
            }
            messages.notifyTarget(follow, local, target);
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
        FollowMessages.requireLocal(local, "unfollow");
        return transactions.inTransaction(() -> {
            Optional<Follow> existing = follows.find(local.id(), target.id());
            if (existing.isEmpty()) {
                return false;
            }
            Follow follow = existing.get();
            follows.delete(follow.id());
            if (!target.isLocal()) {
                messages.send(local, FollowDocuments.undoFollow(uris.undo(follow.uri()), follow.uri(), local, target),
                        target);
            }
            return true;
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

    /** {@code local} accepts {@code requester}'s pending request. Returns whether there was one. */
    public boolean approve(Account local, Account requester) {
        FollowMessages.requireLocal(local, "approve followers");
        return transactions.inTransaction(() -> {
            Optional<Follow> request = follows.find(requester.id(), local.id())
                    .filter(f -> f.state() == Follow.State.PENDING);
            if (request.isEmpty()) {
                return false;
            }
            Follow follow = request.get();
            follows.update(follow.id(), Follow.State.ACCEPTED, follow.uri());
            messages.sendAccept(follow, requester, local);
            notifications.followed(local, requester, follow.id());
            return true;
        });
    }

    /**
     * {@code local} turns down {@code requester}'s pending request, or removes an accepted follower: the
     * follow goes and a Reject tells the other side (F4). Returns whether there was a follow.
     */
    public boolean reject(Account local, Account requester) {
        FollowMessages.requireLocal(local, "reject followers");
        return transactions.inTransaction(() -> {
            Optional<Follow> existing = follows.find(requester.id(), local.id());
            if (existing.isEmpty()) {
                return false;
            }
            Follow follow = existing.get();
            follows.delete(follow.id());
            messages.send(local, FollowDocuments.reject(uris.rejectActivity(local.uri(), follow.id()), follow.uri(), requester,
                    local), requester);
            return true;
        });
    }

    /** Whether a fellow of this instance follows {@code account} (accepted). */
    public boolean hasLocalFollowers(Account account) {
        return follows.hasLocalFollowers(account.id());
    }

    public boolean isFollowing(Account follower, Account target) {
        return follows.isFollowing(follower.id(), target.id());
    }

}
