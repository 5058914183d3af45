package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.ReceivedFollows;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.InteractionService;

/**
 * Undo naming only the undone activity's id (or embedding an object of no known type): whichever of the actor's
 * follow, like or boost has that id is taken back.
 */
public final class UndoByIdHandler implements ActivityHandler {

    private final Lookups lookups;
    private final ReceivedFollows follows;
    private final InteractionService interactions;

    public UndoByIdHandler(Lookups lookups, ReceivedFollows follows, InteractionService interactions) {
        this.lookups = lookups;
        this.follows = follows;
        this.interactions = interactions;
    }

    @Override
    public void handle(ReceivedActivity received) {
        Optional<Account> actor = lookups.knownActor(received.activity().actorId());
        if (actor.isEmpty()) {
            return;
        }
        String undone = received.activity().objectId();
        if (!follows.receiveUndoFollow(actor.get(), undone)
                && !interactions.receiveUndoLike(actor.get(), undone, null)) {
            interactions.receiveUndoAnnounce(actor.get(), undone);
        }
    }
}
