package org.bureaucrathackers.fellowship.discovery;

/** A WebFinger {@code resource} parameter that is missing or cannot be read; the message is safe to show. */
public final class MalformedResourceException extends RuntimeException {

    public MalformedResourceException(String message) {
        super(message, null, false, false);
    }
}
