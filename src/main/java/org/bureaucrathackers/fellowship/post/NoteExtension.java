package org.bureaucrathackers.fellowship.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * What a feature built on statuses (such as practice records) adds to them: properties of the Notes of local
 * statuses, and what it keeps of remote posts as they are stored. The post package knows no such feature; the
 * feature implements this and the assembly hands it in.
 */
public interface NoteExtension {

    /** Adds properties to the Note of a local status (its {@code content} and {@code tag} are already set). */
    void extend(ObjectNode note, Status status);

    /** A remote post was stored or replaced by a newer version, inside the transaction that stored it. */
    void remoteStored(Status status, Account author, RemoteNote note);

    /**
     * Whether the feature writes this local status's text from a record of its own (a practice's story), so that
     * a plain edit of the text would leave the record behind.
     */
    default boolean writesText(Status status) {
        return false;
    }

    /** Adds nothing and keeps nothing. */
    NoteExtension NONE = new NoteExtension() {
        @Override
        public void extend(ObjectNode note, Status status) {
        }

        @Override
        public void remoteStored(Status status, Account author, RemoteNote note) {
        }
    };
}
