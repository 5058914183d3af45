package org.bureaucrathackers.fellowship.inbox.handlers;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.ReceivedFollows;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/** Follow of a local actor (F2, F3): accepted at once, pending for manual approval, or rejected. */
public final class FollowHandler implements ActivityHandler {

    private final Lookups lookups;
    private final ReceivedFollows follows;

    public FollowHandler(Lookups lookups, ReceivedFollows follows) {
        this.lookups = lookups;
        this.follows = follows;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        Account target = lookups.localAccount(activity.objectId())
                .orElseThrow(() -> new RefusedActivityException("Follow of " + activity.objectId()
                        + ", which is not an account here"));
        Account follower = lookups.actor(activity.actorId(), received.budget());
        follows.receiveFollow(follower, target, activity.id());
    }
}
