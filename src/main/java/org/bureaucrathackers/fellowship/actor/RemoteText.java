package org.bureaucrathackers.fellowship.actor;

import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/** Remote HTML made safe to show and small enough for its column. */
final class RemoteText {

    /** The longest an escaped character gets ({@code &quot;}). */
    private static final int WORST_ESCAPE = 6;

    private RemoteText() {
    }

    /**
     * Sanitised HTML of at most {@code max} characters. Sanitising can lengthen markup (escapes, enforced
     * {@code rel} attributes); when it no longer fits, the plain text is kept instead, escaped and cut.
     */
    static String html(String html, int max) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String clean = HtmlSanitizer.clean(html);
        if (clean.length() <= max) {
            return clean;
        }
        String text = Jsoup.parse(html).text();
        return Entities.escape(cut(text, max / WORST_ESCAPE));
    }

    /** Plain text cut to {@code max} characters, never inside a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
