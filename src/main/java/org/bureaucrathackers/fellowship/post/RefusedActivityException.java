package org.bureaucrathackers.fellowship.post;

/**
 * A received activity this server will not apply (a remote post claiming another author, an interaction
 * with a post the actor cannot see, a deleted object coming back); the reason is safe to log.
 */
public class RefusedActivityException extends RuntimeException {
    public RefusedActivityException(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
