package org.bureaucrathackers.fellowship.mastodon.oauth;

/** An application registration that cannot be accepted; the message says why, for the client to show. */
public final class InvalidApplicationException extends RuntimeException {

    public InvalidApplicationException(String message) {
        super(message, null, false, false);
    }
}
