package org.bureaucrathackers.fellowship.follow;

/** A local follow, unfollow or block request that breaks a rule; the message says which. */
public class InvalidFollowException extends RuntimeException {
    public InvalidFollowException(String message) {
        super(message);
    }
}
