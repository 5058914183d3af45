package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.Optional;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * Like of a local status (L1), only by an actor who can see it (X18); likes of other servers' posts are
 * ignored, as Mastodon does.
 */
public final class LikeHandler implements ActivityHandler {

    private final Lookups lookups;
    private final InteractionService interactions;

    public LikeHandler(Lookups lookups, InteractionService interactions) {
        this.lookups = lookups;
        this.interactions = interactions;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        if (!lookups.isLocal(activity.objectId())) {
            return;
        }
        Optional<Status> status = lookups.status(activity.objectId());
        if (status.isEmpty()) {
            return;
        }
        interactions.receiveLike(lookups.actor(activity.actorId(), received.budget()), status.get(), activity.id());
    }
}
