package org.bureaucrathackers.fellowship.actor;

/** A request to create or change a fellow that breaks a rule; the message says which. */
public class InvalidFellowException extends RuntimeException {
    public InvalidFellowException(String message) {
        super(message);
    }
}
