package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;

/** Undo(Block) (P4): the embedded Block names the local actor no longer blocked. */
public final class UndoBlockHandler implements ActivityHandler {

    private final Lookups lookups;
    private final BlockService follows;

    public UndoBlockHandler(Lookups lookups, BlockService follows) {
        this.lookups = lookups;
        this.follows = follows;
    }

    @Override
    public void handle(ReceivedActivity received) {
        Optional<Account> blocker = lookups.knownActor(received.activity().actorId());
        Optional<Account> target = lookups.localAccount(JsonIds.embeddedId(received.activity().object(), "object"));
        if (blocker.isPresent() && target.isPresent()) {
            follows.receiveUndoBlock(blocker.get(), target.get());
        }
    }
}
