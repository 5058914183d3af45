package org.bureaucrathackers.fellowship.media;

/** The bounds of uploads, which clients are told (instance configuration) and the server enforces. */
public final class MediaLimits {

    /** The largest image file accepted, before re-encoding (Mastodon: 16 MB). */
    public static final int MAX_IMAGE_BYTES = 16 * 1024 * 1024;
    /** The largest PDF document accepted. */
    public static final int MAX_DOCUMENT_BYTES = 40 * 1024 * 1024;
    /** The longest alt text, in characters (Mastodon: 1500). */
    public static final int MAX_DESCRIPTION = 1_500;
    /** The largest avatar or header file accepted, as Mastodon. */
    public static final int MAX_PROFILE_IMAGE_BYTES = 2 * 1024 * 1024;
    /** Avatars are brought within this square, headers within the banner below (as Mastodon shows them). */
    public static final int AVATAR_SIDE = 400;
    public static final int HEADER_WIDTH = 1500;
    public static final int HEADER_HEIGHT = 500;
    /** Uploads re-encoded at once; more wait their turn, so decoding never holds too much memory. */
    public static final int CONCURRENT_PROCESSING = 2;
    /**
     * Images larger than this many bytes or pixels are processed in the background when the client allows it
     * ({@code POST /api/v2/media} answers 202): re-encoding them takes long enough to hold a request.
     */
    public static final int DEFER_ABOVE_BYTES = 4 * 1024 * 1024;
    public static final long DEFER_ABOVE_PIXELS = ImageProcessor.MAX_STORED_PIXELS;
    /** Uploads waiting in memory for the background processor; more wait in the database for its next sweep. */
    public static final int PROCESSING_QUEUE = 64;

    private MediaLimits() {
    }

    /** The largest file of any accepted type. */
    public static int maxFileBytes() {
        return Math.max(MAX_IMAGE_BYTES, MAX_DOCUMENT_BYTES);
    }
}
