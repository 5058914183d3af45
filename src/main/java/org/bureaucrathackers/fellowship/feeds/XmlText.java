package org.bureaucrathackers.fellowship.feeds;

/**
 * Text as XML 1.0 may carry it. Posts come from anywhere and may hold control characters or lone surrogates
 * that no XML writer can escape (XML 1.0 has no way to write them at all), so they are left out.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int point = text.codePointAt(i);
            int width = Character.charCount(point);
            boolean allowed = isAllowed(point);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (allowed && out != null) {
                out.appendCodePoint(point);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** The Char production of XML 1.0 (section 2.2); a lone surrogate is none of these. */
    private static boolean isAllowed(int point) {
        return point == 0x9 || point == 0xA || point == 0xD
                || (point >= 0x20 && point <= 0xD7FF)
                || (point >= 0xE000 && point <= 0xFFFD)
                || (point >= 0x10000 && point <= 0x10FFFF);
    }
}
