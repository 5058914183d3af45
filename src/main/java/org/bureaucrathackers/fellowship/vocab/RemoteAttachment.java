package org.bureaucrathackers.fellowship.vocab;

/**
 * A media attachment of a remote post; {@code description} is its alt text ({@code name} or {@code summary}).
 * {@code blurhash} (only when well-formed), sizes (positive, bounded) and the focal point (each coordinate from
 * -1 to 1) are null when absent or unusable.
 */
public record RemoteAttachment(String type, String url, String mediaType, String description, String blurhash,
                               Integer width, Integer height, Double focusX, Double focusY) {

    public RemoteAttachment(String type, String url, String mediaType, String description) {
        this(type, url, mediaType, description, null, null, null, null, null);
    }
}
