package org.bureaucrathackers.fellowship.inbox.handlers;

import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Create of a Note, Article, Page or Question (N1, N2): the object as sent when its origin is trusted, else
 * fetched from its origin (X8, FW2); kept only when it concerns a fellow here. The author is the actor
 * (X5) and a tombstone wins over a late Create (N6): {@link RemoteNotes} enforces both. A reply whose parent is
 * not here brings its ancestors first, within the activity's budget ({@link ReplyParents}, X19).
 */
public final class CreateNoteHandler implements ActivityHandler {

    private static final Logger LOG = LoggerFactory.getLogger(CreateNoteHandler.class);

    private final Lookups lookups;
    private final Relevance relevance;
    private final RemoteNotes notes;
    private final ReplyParents parents;

    public CreateNoteHandler(Lookups lookups, Relevance relevance, RemoteNotes notes, ReplyParents parents) {
        this.lookups = lookups;
        this.relevance = relevance;
        this.notes = notes;
        this.parents = parents;
    }

    @Override
    public void handle(ReceivedActivity received) {
        String objectId = received.activity().objectId();
        if (lookups.isLocal(objectId)) {
            throw new RefusedActivityException("Create of a local id");
        }
        Account author = lookups.actor(received.activity().actorId(), received.budget());
        RemoteNote note = lookups.note(received);
        if (!note.id().equals(objectId)) {
            throw new RefusedActivityException("the object's id is not the one the Create names");
        }
        if (!relevance.concernsLocal(author, note)) {
            LOG.debug("dropped {}: nobody here follows {} or is addressed", note.id(), author.uri());
            return;
        }
        if (note.inReplyTo() != null && lookups.status(note.id()).isEmpty()) {
            parents.storeAncestors(note, received.budget());
        }
        notes.create(author, note);
    }
}
