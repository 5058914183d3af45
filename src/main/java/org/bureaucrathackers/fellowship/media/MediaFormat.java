package org.bureaucrathackers.fellowship.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The file types taken, told by their first bytes (never by name or declared type): JPEG, PNG and GIF images,
 * re-encoded; PDF documents, kept as sent.
 */
public enum MediaFormat {
    JPEG("image/jpeg", "jpg", true),
    PNG("image/png", "png", true),
    GIF("image/gif", "gif", true),
    PDF("application/pdf", "pdf", false);

    private final String mediaType;
    private final String extension;
    private final boolean image;

    MediaFormat(String mediaType, String extension, boolean image) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.image = image;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public boolean isImage() {
        return image;
    }

    /** The format of {@code data}; an {@link InvalidMediaException} naming {@code field} for anything else. */
    public static MediaFormat of(byte[] data, String field) {
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return JPEG;
        }
        if (startsWith(data, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return PNG;
        }
        if (ascii(data, 0, "GIF87a") || ascii(data, 0, "GIF89a")) {
            return GIF;
        }
        if (ascii(data, 0, "%PDF-")) {
            return PDF;
        }
        if (ascii(data, 0, "RIFF") && ascii(data, 8, "WEBP")) {
            throw new InvalidMediaException(field, "WebP images are not supported; send JPEG, PNG or GIF");
        }
        throw new InvalidMediaException(field, "unsupported file type; send a JPEG, PNG or GIF image or a PDF document");
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean ascii(byte[] data, int offset, String text) {
        byte[] expected = text.getBytes(StandardCharsets.US_ASCII);
        return data.length >= offset + expected.length
                && Arrays.equals(data, offset, offset + expected.length, expected, 0, expected.length);
    }
}
