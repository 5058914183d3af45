package org.bureaucrathackers.fellowship.post;

/**
 * A media file of a status: Image, Video, Audio, Document or Link; {@code description} is alt text. Local
 * uploads carry the id of their upload ({@code mediaId}, null for remote media); {@code previewUrl},
 * {@code blurhash}, sizes and focal point ({@code focusX}, {@code focusY} from -1 to 1) are null when unknown.
 */
public record Attachment(String type, String url, String mediaType, String description, String previewUrl,
                         String blurhash, Integer width, Integer height, Double focusX, Double focusY, Long mediaId) {

    /** Media known only by type, address, media type and alt text. */
    public Attachment(String type, String url, String mediaType, String description) {
        this(type, url, mediaType, description, null, null, null, null, null, null, null);
    }

    public boolean isLocal() {
        return mediaId != null;
    }
}
