package org.bureaucrathackers.fellowship.reading;

/** A request about lists, filters, markers or followed hashtags that cannot be done as asked; the message says why. */
public class InvalidReadingException extends RuntimeException {
    public InvalidReadingException(String message) {
        super(message, null, false, false);
    }
}
