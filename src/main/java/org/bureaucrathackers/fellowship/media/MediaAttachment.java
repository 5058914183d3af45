package org.bureaucrathackers.fellowship.media;

import java.time.Instant;

/**
 * A file a local fellow uploaded. {@code kind} is Mastodon's word: {@code image} or {@code unknown} (a PDF).
 * {@code statusId} is null until a status takes it; {@code previewKey}, sizes, focus and blurhash are null for
 * documents; {@code description} is the alt text.
 */
public record MediaAttachment(long id, long accountId, Long statusId, String kind, String mediaType, String fileKey,
                              String previewKey, long fileSize, Integer width, Integer height, String description,
                              Focus focus, String blurhash, Instant createdAt) {

    public boolean isImage() {
        return kind.equals("image");
    }

    public boolean isAttached() {
        return statusId != null;
    }

    public MediaAttachment described(String newDescription, Focus newFocus) {
        return new MediaAttachment(id, accountId, statusId, kind, mediaType, fileKey, previewKey, fileSize, width,
                height, newDescription, newFocus, blurhash, createdAt);
    }

    /** Where the eye should rest when the image is cropped, each coordinate from -1 to 1 (0,0 is the centre). */
    public record Focus(double x, double y) {
        public static final Focus CENTRE = new Focus(0, 0);
    }
}
