package org.bureaucrathackers.fellowship.media;

/**
 * The EXIF orientation (1 to 8) of a JPEG, read from its APP1 segment before the metadata is dropped, so a photo
 * taken sideways is stored upright. 1 (as stored) when there is none or it cannot be read; reading is bounded
 * by the segments of the file.
 */
final class ExifOrientation {

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int MAX_SEGMENTS = 64;

    private ExifOrientation() {
    }

    static int of(byte[] jpeg) {
        int pos = 2;
        for (int segment = 0; segment < MAX_SEGMENTS && pos + 4 <= jpeg.length; segment++) {
            if ((jpeg[pos] & 0xFF) != 0xFF) {
                return 1;
            }
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xDA || marker == 0xD9) {
                return 1;
            }
            int length = u16(jpeg, pos + 2, false);
            if (length < 2 || pos + 2 + length > jpeg.length) {
                return 1;
            }
            if (marker == 0xE1 && length >= 16 && isExif(jpeg, pos + 4)) {
                return fromTiff(jpeg, pos + 10, pos + 2 + length);
            }
            pos += 2 + length;
        }
        return 1;
    }

    private static boolean isExif(byte[] b, int at) {
        return b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f' && b[at + 4] == 0
                && b[at + 5] == 0;
    }

    /** Orientation from IFD0 of the TIFF structure at {@code start}, which ends at {@code end}. */
    private static int fromTiff(byte[] b, int start, int end) {
        boolean little;
        if (b[start] == 'I' && b[start + 1] == 'I') {
            little = true;
        } else if (b[start] == 'M' && b[start + 1] == 'M') {
            little = false;
        } else {
            return 1;
        }
        long ifd = u32(b, start + 4, little);
        if (ifd < 8 || start + ifd + 2 > end) {
            return 1;
        }
        int at = (int) (start + ifd);
        int entries = u16(b, at, little);
        for (int i = 0; i < entries; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? first | (second << 8) : (first << 8) | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, little ? at + 2 : at, little);
        long low = u16(b, little ? at : at + 2, little);
        return (high << 16) | low;
    }
}
