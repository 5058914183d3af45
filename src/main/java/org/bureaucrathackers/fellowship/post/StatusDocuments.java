package org.bureaucrathackers.fellowship.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;

/** Renders stored statuses as the documents collections and routes serve, loading what they need. */
public final class StatusDocuments {

    private final Statuses statuses;
    private final NoteDocuments notes;

    public StatusDocuments(Statuses statuses, NoteDocuments notes) {
        this.statuses = statuses;
        this.notes = notes;
    }

    /** The Note of a post by {@code author}, without {@code @context}. */
    public ObjectNode note(Status status, Account author) {
        return notes.note(statuses.details(status, author));
    }

    /** The Update that carries a local post's edited Note (N4), without {@code @context}. */
    public ObjectNode update(Status status, Account author) {
        return notes.update(statuses.details(status, author));
    }

    /** The Delete of a post (N5), without {@code @context}. */
    public ObjectNode delete(Status status, Account author) {
        return notes.delete(status, author);
    }

    /**
     * An outbox item (CO1): the Create of a post, or the Announce of a boost. Empty for a boost whose
     * original is gone.
     */
    public Optional<ObjectNode> outboxItem(Status status, Account owner) {
        if (!status.isBoost()) {
            return Optional.of(notes.create(statuses.details(status, owner)));
        }
        return statuses.byId(status.reblogOfId())
                .map(original -> notes.announce(status, owner, original, statuses.author(original)));
    }
}
