package org.bureaucrathackers.fellowship.post;

/** A local request to post, edit, like or boost that breaks a rule; the message says which. */
public class InvalidPostException extends RuntimeException {
    public InvalidPostException(String message) {
        super(message);
    }
}
