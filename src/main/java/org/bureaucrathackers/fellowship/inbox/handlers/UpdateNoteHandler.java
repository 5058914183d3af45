package org.bureaucrathackers.fellowship.inbox.handlers;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * Update of a post (N4): applied only by its author (X7) and only when its {@code updated} is newer; an Update
 * of a recent post never seen creates it, if it concerns a fellow here (N6) and its author is not suspended (X17).
 */
public final class UpdateNoteHandler implements ActivityHandler {

    private final Lookups lookups;
    private final Relevance relevance;
    private final RemoteNotes notes;

    public UpdateNoteHandler(Lookups lookups, Relevance relevance, RemoteNotes notes) {
        this.lookups = lookups;
        this.relevance = relevance;
        this.notes = notes;
    }

    @Override
    public void handle(ReceivedActivity received) {
        String objectId = received.activity().objectId();
        if (lookups.isLocal(objectId)) {
            throw new RefusedActivityException("Update of a local id");
        }
        Account author = lookups.actor(received.activity().actorId(), received.budget());
        RemoteNote note = lookups.note(received);
        if (!note.id().equals(objectId)) {
            throw new RefusedActivityException("the object's id is not the one the Update names");
        }
        if (lookups.status(note.id()).isEmpty()
                && (lookups.isSuspended(author) || !relevance.concernsLocal(author, note))) {
            // X17: a suspended actor cannot post again by updating a post we never stored.
            return;
        }
        notes.update(author, note);
    }
}
