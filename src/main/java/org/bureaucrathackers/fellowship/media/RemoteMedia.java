package org.bureaucrathackers.fellowship.media;

import java.time.Instant;
import java.util.Locale;

/**
 * The local copy of one remote file (an attachment of a remote post, a remote avatar or header), by its remote
 * URL. {@code fileKey}, {@code mediaType}, {@code fileSize} and {@code cachedAt} are set once it is
 * {@link State#CACHED}; {@code nextAttemptAt} is when a waiting file may be fetched (again).
 */
public record RemoteMedia(long id, String remoteUrl, State state, String fileKey, String mediaType, long fileSize,
                          int attempts, Instant nextAttemptAt, Instant createdAt, Instant cachedAt) {

    public enum State {
        /** To be fetched, when {@code nextAttemptAt} has come. */
        WAITING,
        /** The copy is in the media storage and shown. */
        CACHED,
        /** Refused (too large, not an image, a forbidden address) or failing too often: the remote URL is shown. */
        FAILED,
        /** Pushed out by the total bound: the remote URL is shown again. */
        EVICTED;

        /** The word the database keeps. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    /** A file to be fetched as soon as the worker comes to it. */
    public static RemoteMedia waiting(long id, String remoteUrl, Instant now) {
        return new RemoteMedia(id, remoteUrl, State.WAITING, null, null, 0, 0, now, now, null);
    }
}
