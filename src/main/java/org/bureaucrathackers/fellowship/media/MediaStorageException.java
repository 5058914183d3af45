package org.bureaucrathackers.fellowship.media;

/**
 * The media storage could not keep, give or remove a file. The message says why for the operator's log (never
 * with a secret); {@link #publicMessage()} is what a client may be told (no host names or paths).
 */
public final class MediaStorageException extends RuntimeException {

    private final String publicMessage;

    public MediaStorageException(String message, String publicMessage) {
        super(message);
        this.publicMessage = publicMessage;
    }

    public MediaStorageException(String message) {
        this(message, "the media storage is not available");
    }

    public String publicMessage() {
        return publicMessage;
    }
}
