package org.bureaucrathackers.fellowship.media;

/** Reads a focal point as Mastodon's clients send it: {@code "x,y"}, each from -1 to 1. */
final class FocusPoint {

    private FocusPoint() {
    }

    /** The point written in {@code text}; the centre for null or blank; {@link InvalidMediaException} otherwise. */
    static MediaAttachment.Focus parse(String text) {
        if (text == null || text.isBlank()) {
            return MediaAttachment.Focus.CENTRE;
        }
        String[] parts = text.strip().split(",", -1);
        if (parts.length != 2 || text.length() > 64) {
            throw new InvalidMediaException("focus", "write it as two numbers from -1 to 1, such as \"0.5,-0.25\"");
        }
        return new MediaAttachment.Focus(coordinate(parts[0]), coordinate(parts[1]));
    }

    private static double coordinate(String text) {
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidMediaException("focus", "\"" + text.strip() + "\" is not a number");
        }
        if (!(value >= -1 && value <= 1)) {
            throw new InvalidMediaException("focus", "each coordinate is from -1 to 1");
        }
        return value;
    }
}
