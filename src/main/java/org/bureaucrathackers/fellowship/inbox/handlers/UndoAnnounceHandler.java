package org.bureaucrathackers.fellowship.inbox.handlers;

import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.InteractionService;

/** Undo(Announce) (L4): the boost with the Announce's id, if it is the actor's. */
public final class UndoAnnounceHandler implements ActivityHandler {

    private final Lookups lookups;
    private final InteractionService interactions;

    public UndoAnnounceHandler(Lookups lookups, InteractionService interactions) {
        this.lookups = lookups;
        this.interactions = interactions;
    }

    @Override
    public void handle(ReceivedActivity received) {
        lookups.knownActor(received.activity().actorId())
                .ifPresent(booster -> interactions.receiveUndoAnnounce(booster, received.activity().objectId()));
    }
}
