package org.bureaucrathackers.fellowship.web;

/** The HTTP port could not be bound; the message is fit to show an operator. */
public class PortInUseException extends RuntimeException {
    public PortInUseException(String message) {
        super(message);
    }
}
