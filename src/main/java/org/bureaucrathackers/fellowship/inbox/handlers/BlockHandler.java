package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.BlockService;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;

/** Block of a local actor (P4): follows and requests both ways end, and the block is kept. */
public final class BlockHandler implements ActivityHandler {

    private final Lookups lookups;
    private final BlockService follows;

    public BlockHandler(Lookups lookups, BlockService follows) {
        this.lookups = lookups;
        this.follows = follows;
    }

    @Override
    public void handle(ReceivedActivity received) {
        Optional<Account> target = lookups.localAccount(received.activity().objectId());
        if (target.isPresent()) {
            follows.receiveBlock(lookups.actor(received.activity().actorId(), received.budget()), target.get(), received.activity().id());
        }
    }
}
