package org.bureaucrathackers.fellowship.community;

/** A community's plain-text description as the HTML its actor's {@code summary} carries: escaped, in paragraphs. */
final class PlainText {

    private PlainText() {
    }

    static String toHtml(String text) {
        if (text.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
