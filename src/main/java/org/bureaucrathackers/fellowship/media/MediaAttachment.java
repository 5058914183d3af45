package org.bureaucrathackers.fellowship.media;

import java.time.Instant;

/**
 * A file a local fellow uploaded. {@code kind} is Mastodon's word: {@code image} or {@code unknown} (a PDF).
 * {@code statusId} is null until a status takes it; {@code previewKey}, sizes, focus and blurhash are null for
 * documents; {@code description} is the alt text. While {@code state} is {@link State#PROCESSING},
 * {@code pendingKey} (and {@code fileKey}) name the file as received and nothing is published of it.
 */
public record MediaAttachment(long id, long accountId, Long statusId, String kind, String mediaType, String fileKey,
                              String previewKey, long fileSize, Integer width, Integer height, String description,
                              Focus focus, String blurhash, Instant createdAt, State state, String pendingKey) {

    public enum State {
        READY, PROCESSING, FAILED;

        /** The word the database keeps. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static State of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** A file processed before it was stored. */
    public MediaAttachment(long id, long accountId, Long statusId, String kind, String mediaType, String fileKey,
                           String previewKey, long fileSize, Integer width, Integer height, String description,
                           Focus focus, String blurhash, Instant createdAt) {
        this(id, accountId, statusId, kind, mediaType, fileKey, previewKey, fileSize, width, height, description,
                focus, blurhash, createdAt, State.READY, null);
    }

    public boolean isProcessing() {
        return state == State.PROCESSING;
    }

    public boolean isImage() {
        return kind.equals("image");
    }

    public boolean isAttached() {
        return statusId != null;
    }

    public MediaAttachment described(String newDescription, Focus newFocus) {
        return new MediaAttachment(id, accountId, statusId, kind, mediaType, fileKey, previewKey, fileSize, width,
                height, newDescription, newFocus, blurhash, createdAt, state, pendingKey);
    }

    /** Where the eye should rest when the image is cropped, each coordinate from -1 to 1 (0,0 is the centre). */
    public record Focus(double x, double y) {
        public static final Focus CENTRE = new Focus(0, 0);
    }
}
