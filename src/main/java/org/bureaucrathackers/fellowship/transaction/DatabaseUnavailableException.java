package org.bureaucrathackers.fellowship.transaction;

/** The database could not be opened or migrated; the message is fit to show an operator. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
