package org.bureaucrathackers.fellowship.post;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.BlockStore;
import org.bureaucrathackers.fellowship.follow.FollowStore;

/**
 * Who may see a status: anyone for public and unlisted ones; followers-only ones their author, accepted
 * followers and the accounts they mention; direct ones their author and the accounts they mention. A
 * block between the author and the viewer hides even public posts from that viewer.
 */
public final class StatusAccess {

    private final MentionTagStore statuses;
    private final FollowStore follows;
    private final BlockStore blocks;

    public StatusAccess(MentionTagStore statuses, FollowStore follows, BlockStore blocks) {
        this.statuses = statuses;
        this.follows = follows;
        this.blocks = blocks;
    }

    /** @param viewer the account asking, or empty for an anonymous request */
    public boolean canSee(Optional<Account> viewer, Status status) {
        if (viewer.isEmpty()) {
            return status.visibility().isOpen();
        }
        long viewerId = viewer.get().id();
        if (viewerId == status.accountId()) {
            return true;
        }
        if (blocks.eitherBlocks(viewerId, status.accountId())) {
            return false;
        }
        return switch (status.visibility()) {
            case PUBLIC, UNLISTED -> true;
            case PRIVATE -> follows.isFollowing(viewerId, status.accountId()) || statuses.mentions(status.id(), viewerId);
            case DIRECT -> statuses.mentions(status.id(), viewerId);
        };
    }

    public boolean canSee(Account viewer, Status status) {
        return canSee(Optional.of(viewer), status);
    }
}
