package org.bureaucrathackers.fellowship.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Re-encodes uploaded images with the JDK alone: the size is read from the header and checked BEFORE any
 * decoding (a small file can claim a huge canvas), the first frame is decoded (subsampled when large), turned
 * upright by its EXIF orientation and written anew, so no EXIF, GPS, XMP or comment survives. JPEG stays JPEG;
 * PNG and GIF become PNG (transparency and sharp text kept).
 */
public final class ImageProcessor {

    /** The most pixels an upload may claim (Mastodon allows about 33 million). */
    public static final long MAX_PIXELS = 40_000_000L;
    /** The most pixels decoded at once; larger images are subsampled while decoding. */
    static final long MAX_DECODED_PIXELS = 16_000_000L;
    /** Stored images are brought down to this many pixels (3840 x 2160, as Mastodon). */
    public static final long MAX_STORED_PIXELS = 3840L * 2160L;
    public static final int PREVIEW_SIDE = 640;
    private static final int BLURHASH_SIDE = 64;
    private static final float JPEG_QUALITY = 0.88f;

    static {
        // Decoding works on bytes already in memory: no temporary files.
        ImageIO.setUseCache(false);
    }

    /** Re-encodes {@code data} of {@code format} (an image format); {@link InvalidMediaException} on {@code field}. */
    public ProcessedImage process(byte[] data, MediaFormat format, String field) {
        return process(data, format, field, Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    /** As {@link #process(byte[], MediaFormat, String)}, the stored image also fitted in {@code maxWidth} x {@code maxHeight}. */
    public ProcessedImage process(byte[] data, MediaFormat format, String field, int maxWidth, int maxHeight) {
        BufferedImage decoded = decode(data, format, field);
        boolean alpha = format != MediaFormat.JPEG && decoded.getColorModel().hasAlpha();
        BufferedImage upright = format == MediaFormat.JPEG
                ? ImagePixels.upright(decoded, ExifOrientation.of(data)) : decoded;
        BufferedImage image = ImagePixels.standard(upright, alpha);
        int[] stored = ImagePixels.fitArea(image.getWidth(), image.getHeight(), MAX_STORED_PIXELS);
        double boxScale = Math.min(1.0, Math.min((double) maxWidth / stored[0], (double) maxHeight / stored[1]));
        if (boxScale < 1.0) {
            stored = new int[] {Math.max(1, (int) Math.round(stored[0] * boxScale)),
                    Math.max(1, (int) Math.round(stored[1] * boxScale))};
        }
        image = ImagePixels.scaled(image, stored[0], stored[1]);
        MediaFormat out = format == MediaFormat.JPEG ? MediaFormat.JPEG : MediaFormat.PNG;
        byte[] encoded = out == MediaFormat.JPEG ? jpeg(image) : png(image);

        int[] small = ImagePixels.fit(image.getWidth(), image.getHeight(), PREVIEW_SIDE);
        BufferedImage preview = ImagePixels.standard(ImagePixels.scaled(image, small[0], small[1]), false);
        int[] tiny = ImagePixels.fit(preview.getWidth(), preview.getHeight(), BLURHASH_SIDE);
        String blurhash = Blurhash.encode(ImagePixels.scaled(preview, tiny[0], tiny[1]));
        return new ProcessedImage(encoded, out, image.getWidth(), image.getHeight(), jpeg(preview),
                preview.getWidth(), preview.getHeight(), blurhash);
    }

    /**
     * The size {@code data} claims in its header, checked as {@link #process} checks it, without decoding any
     * pixel: {@code {width, height}}.
     */
    public int[] size(byte[] data, MediaFormat format, String field) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = reader(format, field);
            try {
                reader.setInput(input, true, true);
                int[] size = {reader.getWidth(0), reader.getHeight(0)};
                checkSize(size[0], size[1], field);
                return size;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidMediaException invalid) {
                throw invalid;
            }
            throw new InvalidMediaException(field, "the " + format.name() + " image could not be decoded");
        }
    }

    private static void checkSize(int width, int height, String field) {
        if (width < 1 || height < 1) {
            throw new InvalidMediaException(field, "the image has no pixels");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new InvalidMediaException(field, "the image is " + width + " x " + height
                    + " pixels; at most " + MAX_PIXELS / 1_000_000 + " megapixels are accepted");
        }
    }

    private static BufferedImage decode(byte[] data, MediaFormat format, String field) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = reader(format, field);
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                checkSize(width, height, field);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) width * height / MAX_DECODED_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidMediaException invalid) {
                throw invalid;
            }
            throw new InvalidMediaException(field, "the " + format.name() + " image could not be decoded");
        }
    }

    private static ImageReader reader(MediaFormat format, String field) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.extension().equals("jpg")
                ? "jpeg" : format.extension());
        if (!readers.hasNext()) {
            throw new InvalidMediaException(field, format.name() + " images cannot be read here");
        }
        return readers.next();
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
