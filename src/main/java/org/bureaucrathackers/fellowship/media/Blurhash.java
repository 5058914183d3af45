package org.bureaucrathackers.fellowship.media;

import java.awt.image.BufferedImage;

/**
 * The BlurHash of an image (the published algorithm: a few DCT components of the linear-light image, quantised
 * and written in base 83), which clients paint while the image loads. Four by three components, as Mastodon.
 */
public final class Blurhash {

    public static final int X_COMPONENTS = 4;
    public static final int Y_COMPONENTS = 3;
    private static final String BASE83 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz#$%*+,-.:;=?@[]^_{|}~";

    private Blurhash() {
    }

    /** The hash of {@code image}; alpha is ignored. Cost grows with the pixels: pass a preview, not an original. */
    public static String encode(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        return encode(rgb, width, height, X_COMPONENTS, Y_COMPONENTS);
    }

    /** The hash of packed {@code 0xRRGGBB} pixels, row by row, with the given numbers of components (1 to 9). */
    static String encode(int[] rgb, int width, int height, int xComponents, int yComponents) {
        if (xComponents < 1 || xComponents > 9 || yComponents < 1 || yComponents > 9) {
            throw new IllegalArgumentException("components must be between 1 and 9");
        }
        double[] linear = new double[rgb.length * 3];
        for (int i = 0; i < rgb.length; i++) {
            linear[i * 3] = srgbToLinear((rgb[i] >> 16) & 0xff);
            linear[i * 3 + 1] = srgbToLinear((rgb[i] >> 8) & 0xff);
            linear[i * 3 + 2] = srgbToLinear(rgb[i] & 0xff);
        }
        double[][] factors = new double[xComponents * yComponents][];
        for (int j = 0; j < yComponents; j++) {
            for (int i = 0; i < xComponents; i++) {
                factors[j * xComponents + i] = factor(linear, width, height, i, j);
            }
        }
        StringBuilder hash = new StringBuilder();
        base83(hash, (xComponents - 1) + (yComponents - 1) * 9, 1);
        double maximum = 1;
        if (factors.length > 1) {
            double actualMaximum = 0;
            for (int k = 1; k < factors.length; k++) {
                for (double value : factors[k]) {
                    actualMaximum = Math.max(actualMaximum, Math.abs(value));
                }
            }
            int quantised = (int) Math.max(0, Math.min(82, Math.floor(actualMaximum * 166 - 0.5)));
            maximum = (quantised + 1) / 166.0;
            base83(hash, quantised, 1);
        } else {
            base83(hash, 0, 1);
        }
        base83(hash, encodeDc(factors[0]), 4);
        for (int k = 1; k < factors.length; k++) {
            base83(hash, encodeAc(factors[k], maximum), 2);
        }
        return hash.toString();
    }

    private static double[] factor(double[] linear, int width, int height, int i, int j) {
        double r = 0;
        double g = 0;
        double b = 0;
        double normalisation = (i == 0 && j == 0) ? 1 : 2;
        for (int y = 0; y < height; y++) {
            double cosY = Math.cos(Math.PI * j * y / height);
            for (int x = 0; x < width; x++) {
                double basis = normalisation * Math.cos(Math.PI * i * x / width) * cosY;
                int p = (y * width + x) * 3;
                r += basis * linear[p];
                g += basis * linear[p + 1];
                b += basis * linear[p + 2];
            }
        }
        double scale = 1.0 / ((double) width * height);
        return new double[] {r * scale, g * scale, b * scale};
    }

    private static int encodeDc(double[] value) {
        return (linearToSrgb(value[0]) << 16) + (linearToSrgb(value[1]) << 8) + linearToSrgb(value[2]);
    }

    private static int encodeAc(double[] value, double maximum) {
        int r = quantiseAc(value[0] / maximum);
        int g = quantiseAc(value[1] / maximum);
        int b = quantiseAc(value[2] / maximum);
        return r * 19 * 19 + g * 19 + b;
    }

    private static int quantiseAc(double value) {
        return (int) Math.max(0, Math.min(18, Math.floor(signPow(value, 0.5) * 9 + 9.5)));
    }

    private static double signPow(double value, double exponent) {
        return Math.copySign(Math.pow(Math.abs(value), exponent), value);
    }

    static double srgbToLinear(int value) {
        double v = value / 255.0;
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    static int linearToSrgb(double value) {
        double v = Math.max(0, Math.min(1, value));
        return v <= 0.0031308 ? (int) (v * 12.92 * 255 + 0.5) : (int) ((1.055 * Math.pow(v, 1 / 2.4) - 0.055) * 255 + 0.5);
    }

    private static void base83(StringBuilder into, int value, int length) {
        for (int i = 1; i <= length; i++) {
            int digit = (value / (int) Math.pow(83, length - i)) % 83;
            into.append(BASE83.charAt(digit));
        }
    }

    /** Whether {@code text} can be a BlurHash (remote ones are kept only then): its alphabet and a sane length. */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() < 6 || text.length() > 200) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (BASE83.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        int size = BASE83.indexOf(text.charAt(0));
        int expected = 4 + 2 * ((size % 9 + 1) * (size / 9 + 1));
        return text.length() == expected;
    }
}
