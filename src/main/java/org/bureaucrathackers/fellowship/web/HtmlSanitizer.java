package org.bureaucrathackers.fellowship.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/** Reduces HTML to a small allowlist of text markup before it is shown on a page. */
public final class HtmlSanitizer {

    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "span", "a", "strong", "b", "em", "i", "del", "s", "code", "pre", "blockquote", "ul", "ol", "li")
            .addAttributes("a", "href", "rel", "class", "translate")
            .addAttributes("span", "class", "translate")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html, "", SAFELIST, output);
    }
}
