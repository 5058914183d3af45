package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.ReceivedFollows;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/** Undo(Follow) (F5): by the embedded Follow's object, else by the Follow's id. */
public final class UndoFollowHandler implements ActivityHandler {

    private final Lookups lookups;
    private final ReceivedFollows follows;

    public UndoFollowHandler(Lookups lookups, ReceivedFollows follows) {
        this.lookups = lookups;
        this.follows = follows;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        Optional<Account> follower = lookups.knownActor(activity.actorId());
        if (follower.isEmpty()) {
            return;
        }
        Optional<Account> target = lookups.localAccount(JsonIds.embeddedId(activity.object(), "object"));
        if (target.isEmpty() || !follows.receiveUndoFollow(follower.get(), target.get())) {
            follows.receiveUndoFollow(follower.get(), activity.objectId());
        }
    }
}
