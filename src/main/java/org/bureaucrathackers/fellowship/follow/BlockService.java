package org.bureaucrathackers.fellowship.follow;

import java.time.Clock;
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
 * Blocks (P4), made by a fellow or received from a remote actor. A block ends the follows both ways, in the
 * same transaction that records it.
 */
public final class BlockService {

    private final Transactions transactions;
    private final FollowStore follows;
    private final BlockStore blocks;
    private final FollowMessages messages;
    private final Notifications notifications;
    private final LocalUris uris;
    private final Ids ids;

    public BlockService(Transactions transactions, FollowStore follows, BlockStore blocks,
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

    /** The accounts {@code local} blocks, most recent block first, a page at a time. */
    public Slice<Block> blocks(Account local, PageRequest page) {
        return blocks.blockedBy(local.id(), page);
    }

    /**
     * {@code local} blocks {@code target} (P4): follows both ways end (an Undo and a Reject tell the other
     * side, for servers that ignore Blocks), then the Block is sent to the blocked actor alone.
     */
    public Block block(Account local, Account target) {
        FollowMessages.requireLocal(local, "block");
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
                messages.send(local, FollowDocuments.undoFollow(uris.undo(f.uri()), f.uri(), local, target), target);
            });
            follows.find(target.id(), local.id()).ifPresent(f -> {
                follows.delete(f.id());
                messages.send(local, FollowDocuments.reject(uris.rejectActivity(local.uri(), f.id()), f.uri(), target, local),
                        target);
            });
            long id = ids.next();
            Block block = new Block(id, local.id(), target.id(), uris.blockActivity(local.uri(), id), messages.now());
            blocks.insert(block);
            notifications.blocked(local, target);
            messages.send(local, FollowDocuments.block(block.uri(), local, target), target);
            return block;
        });
    }

    /** {@code local} lifts its block of {@code target}: Undo(Block) with the Block embedded. */
    public boolean unblock(Account local, Account target) {
        FollowMessages.requireLocal(local, "unblock");
        return transactions.inTransaction(() -> {
            Optional<Block> existing = blocks.find(local.id(), target.id());
            if (existing.isEmpty()) {
                return false;
            }
            Block block = existing.get();
            blocks.delete(block.id());
            messages.send(local, FollowDocuments.undoBlock(uris.undo(block.uri()), block.uri(), local, target), target);
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
            Block block = new Block(ids.next(), blocker.id(), localTarget.id(), blockUri, messages.now());
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
}
