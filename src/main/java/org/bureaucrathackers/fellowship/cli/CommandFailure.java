package org.bureaucrathackers.fellowship.cli;

/** A command could not do what was asked; the message is printed as one line. */
public class CommandFailure extends RuntimeException {
    public CommandFailure(String message) {
        super(message);
    }
}
