package org.bureaucrathackers.fellowship.inbox.handlers;

import java.net.URI;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.FetchedDocument;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.inbox.TransientFailure;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * Update of an actor by itself (P1, X7): the embedded actor is stored when the signer sent it about itself;
 * otherwise the actor is fetched afresh from its own id.
 */
public final class UpdateActorHandler implements ActivityHandler {

    private final RemoteActors actors;

    public UpdateActorHandler(RemoteActors actors) {
        this.actors = actors;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        if (!activity.actorId().equals(activity.objectId())) {
            throw new RefusedActivityException("only an actor can update itself");
        }
        try {
            if (received.trustEmbeddedObject() && activity.hasEmbeddedObject()
                    && activity.actorId().equals(received.signerActorId())) {
                actors.store(new FetchedDocument(URI.create(activity.actorId()), activity.object()));
            } else {
                actors.resolve(activity.actorId(), true);
            }
        } catch (FetchException e) {
            if (e.isTransient()) {
                throw new TransientFailure("could not refresh " + activity.actorId() + ": " + e.reason(), e);
            }
            throw new RefusedActivityException("actor update refused: " + e.reason());
        }
    }
}
