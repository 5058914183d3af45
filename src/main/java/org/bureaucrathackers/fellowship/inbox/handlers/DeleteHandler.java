package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delete of a post, a Tombstone or a bare id (N5, N6, X6): the post goes only when the actor wrote it, and the id
 * is remembered either way, so a Create arriving later is refused. An actor deleting itself (P2) is forgotten
 * with everything it left here.
 */
public final class DeleteHandler implements ActivityHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeleteHandler.class);

    private final Lookups lookups;
    private final RemoteNotes notes;
    private final RemoteActors actors;

    public DeleteHandler(Lookups lookups, RemoteNotes notes, RemoteActors actors) {
        this.lookups = lookups;
        this.notes = notes;
        this.actors = actors;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        if (activity.actorId().equals(activity.objectId())) {
            if (actors.forget(activity.actorId())) {
                LOG.info("{} deleted itself; forgotten with its posts and follows", activity.actorId());
            }
            return;
        }
        Optional<Account> known = lookups.knownActor(activity.actorId());
        Account actor = known.filter(a -> !a.isDeleted()).orElseGet(() -> lookups.actor(activity.actorId(), received.budget()));
        notes.delete(actor, activity.objectId());
    }
}
