package org.bureaucrathackers.fellowship.feeds;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text as XML 1.0 may carry it. Posts come from anywhere and may hold control characters or lone surrogates
 * that no XML writer can escape (XML 1.0 has no way to write them at all), so they are left out.
 */
final class XmlText {

    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));");

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

    /**
     * HTML as a feed may carry it: without the characters XML forbids, written out or as character references
     * (an HTML sanitiser writes a control character as {@code &#x1;}, which a reader would turn back into it).
     */
    static String cleanHtml(String html) {
        String text = clean(html);
        if (text.indexOf("&#") < 0) {
            return text;
        }
        Matcher reference = CHARACTER_REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (reference.find()) {
            long point;
            try {
                point = reference.group(1) != null ? Long.parseLong(reference.group(1), 16)
                        : Long.parseLong(reference.group(2));
            } catch (NumberFormatException e) {
                point = -1;
            }
            boolean allowed = point >= 0 && point <= Character.MAX_CODE_POINT && isAllowed((int) point);
            reference.appendReplacement(out, allowed ? Matcher.quoteReplacement(reference.group()) : "");
        }
        reference.appendTail(out);
        return out.toString();
    }

    /** The Char production of XML 1.0 (section 2.2); a lone surrogate is none of these. */
    private static boolean isAllowed(int point) {
        return point == 0x9 || point == 0xA || point == 0xD
                || (point >= 0x20 && point <= 0xD7FF)
                || (point >= 0xE000 && point <= 0xFFFD)
                || (point >= 0x10000 && point <= 0x10FFFF);
    }
}
