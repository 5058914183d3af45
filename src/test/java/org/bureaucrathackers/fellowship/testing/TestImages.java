package org.bureaucrathackers.fellowship.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * Images drawn for media tests: photos with EXIF (orientation, a GPS block and a description naming a place),
 * transparent PNGs, PNG headers claiming a huge canvas, and a small PDF.
 */
public final class TestImages {

    /** Text the EXIF of {@link #jpegWithExif} carries; it must never be served back. */
    public static final String EXIF_PLACE = "Taken at 52.3702N 4.8952E";

    private TestImages() {
    }

    /** A JPEG whose left half is red and right half blue, with EXIF naming {@code orientation} and a GPS block. */
    public static byte[] jpegWithExif(int width, int height, int orientation) {
        byte[] jpeg = encode(halves(width, height, false), "jpeg");
        byte[] app1 = exifSegment(orientation);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(app1);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG whose left half is transparent and right half blue. */
    public static byte[] transparentPng(int width, int height) {
        return encode(halves(width, height, true), "png");
    }

    /** A real 1 x 1 PNG whose header claims {@code width} x {@code height}: decoding it whole would be a bomb. */
    public static byte[] pngClaiming(int width, int height) {
        byte[] png = encode(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png");
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17);
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    /** A tiny PDF document (one empty page). */
    public static byte[] pdf() {
        String text = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** The first bytes of a WebP file. */
    public static byte[] webp() {
        byte[] data = new byte[64];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, data, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, data, 8, 8);
        return data;
    }

    public static BufferedImage decode(byte[] data) {
        try {
            return ImageIO.read(new java.io.ByteArrayInputStream(data));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether {@code needle} occurs in {@code data}. */
    public static boolean contains(byte[] data, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= data.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (data[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether the JPEG has an APP1 segment (EXIF or XMP) before its image data. */
    public static boolean hasApp1(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xE1) {
                return true;
            }
            if (marker == 0xDA) {
                return false;
            }
            pos += 2 + (((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF));
        }
        return false;
    }

    private static BufferedImage halves(int width, int height, boolean transparentLeft) {
        BufferedImage image = new BufferedImage(width, height,
                transparentLeft ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(transparentLeft ? new Color(0, 0, 0, 0) : Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] exifSegment(int orientation) {
        byte[] description = (EXIF_PLACE + "\0").getBytes(StandardCharsets.US_ASCII);
        ByteBuffer tiff = ByteBuffer.allocate(68 + description.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 0x2A).putInt(8);
        tiff.putShort((short) 3);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(68);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(50);
        tiff.putInt(0);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(description);
        byte[] tiffBytes = tiff.array();
        ByteBuffer segment = ByteBuffer.allocate(4 + 6 + tiffBytes.length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiffBytes.length));
        segment.put("Exif".getBytes(StandardCharsets.US_ASCII)).put((byte) 0).put((byte) 0);
        segment.put(tiffBytes);
        return segment.array();
    }
}
