package org.bureaucrathackers.fellowship.practice;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What a Mastodon server (4.2 and later) keeps of a post's HTML, for tests: its allowlist of elements,
 * attributes and link schemes (federation.md T4, from Mastodon's sanitize_config.rb), with headings turned into
 * bold paragraphs first, as Mastodon does. Class values are not filtered here: only the elements and
 * attributes matter for what stays visible.
 */
final class MastodonSanitiser {

    private static final Safelist MASTODON = new Safelist()
            .addTags("p", "br", "span", "a", "del", "s", "pre", "blockquote", "code", "b", "strong", "u", "i", "em",
                    "ul", "ol", "li", "ruby", "rt", "rp")
            .addAttributes(":all", "lang")
            .addAttributes("a", "href", "rel", "class", "translate")
            .addAttributes("span", "class", "translate")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("li", "value")
            .addAttributes("p", "class")
            .addProtocols("a", "href", "http", "https", "dat", "dweb", "ipfs", "ipns", "ssb", "gopher", "xmpp",
                    "magnet", "gemini");

    private MastodonSanitiser() {
    }

    /** The body of what Mastodon would show. */
    static Element clean(String html) {
        Document dirty = Jsoup.parseBodyFragment(html);
        for (Element heading : dirty.select("h1, h2, h3, h4, h5, h6")) {
            Element strong = new Element("strong");
            heading.childNodes().forEach(child -> strong.appendChild(child.clone()));
            heading.replaceWith(new Element("p").appendChild(strong));
        }
        return new Cleaner(MASTODON).clean(dirty).body();
    }
}
