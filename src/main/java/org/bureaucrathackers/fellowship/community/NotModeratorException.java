package org.bureaucrathackers.fellowship.community;

/** Someone who does not moderate communities asked to create one or remove a post. */
public final class NotModeratorException extends RuntimeException {

    public NotModeratorException(String message) {
        super(message);
    }
}
