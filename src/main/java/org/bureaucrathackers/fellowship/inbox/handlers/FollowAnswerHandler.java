package org.bureaucrathackers.fellowship.inbox.handlers;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.ReceivedFollows;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * Accept or Reject of a local actor's Follow (F1, F2, F4), matched by the Follow's id with the answering actor
 * as its target, else by the follower the embedded Follow names. A Reject of an accepted follow unfollows.
 */
public final class FollowAnswerHandler implements ActivityHandler {

    private final Lookups lookups;
    private final ReceivedFollows follows;
    private final boolean accept;

    private FollowAnswerHandler(Lookups lookups, ReceivedFollows follows, boolean accept) {
        this.lookups = lookups;
        this.follows = follows;
        this.accept = accept;
    }

    public static FollowAnswerHandler accept(Lookups lookups, ReceivedFollows follows) {
        return new FollowAnswerHandler(lookups, follows, true);
    }

    public static FollowAnswerHandler reject(Lookups lookups, ReceivedFollows follows) {
        return new FollowAnswerHandler(lookups, follows, false);
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        Account answerer = lookups.actor(activity.actorId(), received.budget());
        Account follower = lookups.localAccount(JsonIds.embeddedId(activity.object(), "actor")).orElse(null);
        if (accept) {
            follows.receiveAccept(answerer, activity.objectId(), follower);
        } else {
            follows.receiveReject(answerer, activity.objectId(), follower);
        }
    }
}
