package org.bureaucrathackers.fellowship.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Pixel work on decoded images: turning them upright, flattening transparency and scaling them down. */
final class ImagePixels {

    private ImagePixels() {
    }

    /** The image as it should be seen, given its EXIF orientation (1 to 8). */
    static BufferedImage upright(BufferedImage source, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return source;
        }
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swaps = orientation >= 5;
        BufferedImage result = new BufferedImage(swaps ? h : w, swaps ? w : h, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            source.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int dx;
                int dy;
                switch (orientation) {
                    case 2 -> { dx = w - 1 - x; dy = y; }
                    case 3 -> { dx = w - 1 - x; dy = h - 1 - y; }
                    case 4 -> { dx = x; dy = h - 1 - y; }
                    case 5 -> { dx = y; dy = x; }
                    case 6 -> { dx = h - 1 - y; dy = x; }
                    case 7 -> { dx = h - 1 - y; dy = w - 1 - x; }
                    default -> { dx = y; dy = w - 1 - x; }
                }
                result.setRGB(dx, dy, row[x]);
            }
        }
        return result;
    }

    /** A copy in plain RGB or ARGB, which the JDK's writers take, drawn over white when alpha is dropped. */
    static BufferedImage standard(BufferedImage source, boolean keepAlpha) {
        int type = keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        if (source.getType() == type) {
            return source;
        }
        BufferedImage result = new BufferedImage(source.getWidth(), source.getHeight(), type);
        Graphics2D g = result.createGraphics();
        try {
            if (!keepAlpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, source.getWidth(), source.getHeight());
            }
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return result;
    }

    /** The size that fits {@code width} x {@code height} within {@code maxSide} on its longer side (never larger). */
    static int[] fit(int width, int height, int maxSide) {
        int longer = Math.max(width, height);
        if (longer <= maxSide) {
            return new int[] {width, height};
        }
        double scale = (double) maxSide / longer;
        return new int[] {Math.max(1, (int) Math.round(width * scale)), Math.max(1, (int) Math.round(height * scale))};
    }

    /** The size with at most {@code maxPixels} pixels and the same aspect (never larger). */
    static int[] fitArea(int width, int height, long maxPixels) {
        long pixels = (long) width * height;
        if (pixels <= maxPixels) {
            return new int[] {width, height};
        }
        double scale = Math.sqrt((double) maxPixels / pixels);
        return new int[] {Math.max(1, (int) Math.floor(width * scale)), Math.max(1, (int) Math.floor(height * scale))};
    }

    /** Scales down to exactly {@code width} x {@code height}, halving first so that detail is averaged, not dropped. */
    static BufferedImage scaled(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        if (current.getWidth() == width && current.getHeight() == height) {
            return current;
        }
        return draw(current, width, height);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage result = new BufferedImage(width, height,
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return result;
    }
}
