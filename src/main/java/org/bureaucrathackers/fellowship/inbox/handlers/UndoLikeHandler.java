package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/** Undo(Like) (L2): by the Like's id, else by the liked status the embedded Like names. */
public final class UndoLikeHandler implements ActivityHandler {

    private final Lookups lookups;
    private final InteractionService interactions;

    public UndoLikeHandler(Lookups lookups, InteractionService interactions) {
        this.lookups = lookups;
        this.interactions = interactions;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        Optional<Account> liker = lookups.knownActor(activity.actorId());
        if (liker.isEmpty()) {
            return;
        }
        interactions.receiveUndoLike(liker.get(), activity.objectId(),
                lookups.status(JsonIds.embeddedId(activity.object(), "object")).orElse(null));
    }
}
