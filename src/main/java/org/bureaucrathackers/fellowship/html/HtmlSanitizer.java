package org.bureaucrathackers.fellowship.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;

/**
 * Reduces HTML from anywhere (remote posts, profile fields, summaries) to what Mastodon's sanitizer keeps
 * (rule T4), so nothing that renders it can run script or restyle a page: an allowlist of text elements,
 * {@code lang} everywhere, links only with safe schemes (others become their text), microformat and
 * mention classes only, headings turned into bold paragraphs, media and embedded documents dropped.
 */
public final class HtmlSanitizer {

    /** Longer input is cut before parsing; the stored columns hold far less. */
    public static final int MAX_INPUT = 500_000;

    private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "dat", "dweb", "ipfs", "ipns", "ssb",
            "gopher", "xmpp", "magnet", "gemini");
    private static final Set<String> CLASSES = Set.of("mention", "hashtag", "ellipsis", "invisible", "quote-inline");
    private static final List<String> CLASS_PREFIXES = List.of("h-", "p-", "u-", "dt-", "e-");
    private static final Set<String> KEPT_RELS = Set.of("tag", "me");
    private static final String ADDED_RELS = "nofollow noopener noreferrer";
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,4}$");
    /** Elements removed with everything inside them: their text is code, styling or another document. */
    private static final String DROPPED = "script, style, iframe, frame, frameset, object, embed, applet, svg, "
            + "template, noscript, noembed, noframes, textarea, select, button, canvas, audio, video, head, title, "
            + "xmp, plaintext, form, input";

    private static final Safelist SAFELIST = Safelist.none()
            .addTags("p", "br", "span", "a", "del", "s", "pre", "blockquote", "code", "b", "strong", "u", "i", "em",
                    "ul", "ol", "li", "ruby", "rt", "rp")
            .addAttributes(":all", "lang")
            .addAttributes("a", "href", "rel", "class", "translate")
            .addAttributes("span", "class", "translate")
            .addAttributes("ol", "start", "reversed")
            .addAttributes("li", "value")
            .addAttributes("p", "class");

    private HtmlSanitizer() {
    }

    public static String clean(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String bounded = html.length() > MAX_INPUT ? html.substring(0, MAX_INPUT) : html;
        Element body = Jsoup.parseBodyFragment(bounded).body();
        body.select(DROPPED).remove();
        mathToTex(body);
        headingsToBold(body);
        for (Element link : body.select("a")) {
            cleanLink(link);
        }
        for (Element element : body.getAllElements()) {
            cleanAttributes(element);
        }
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        body.ownerDocument().outputSettings(output);
        // The links' hrefs were checked above; the safelist checks no protocol, so relative-looking IRIs of
        // allowed schemes (magnet:, xmpp:) survive as they are.
        return Jsoup.clean(body.html(), "", SAFELIST, output);
    }

    /** The text of an HTML fragment, for fields shown as plain text (content warnings, titles). */
    public static String text(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String bounded = html.length() > MAX_INPUT ? html.substring(0, MAX_INPUT) : html;
        Element body = Jsoup.parseBodyFragment(bounded).body();
        body.select(DROPPED).remove();
        return body.text();
    }

    /** {@code <math>} becomes its TeX annotation when it has one, else nothing (T4). */
    private static void mathToTex(Element body) {
        for (Element math : body.select("math")) {
            Element tex = math.selectFirst("annotation[encoding=application/x-tex]");
            if (tex != null) {
                math.replaceWith(new TextNode(tex.text()));
            } else {
                math.remove();
            }
        }
    }

    private static void headingsToBold(Element body) {
        for (Element heading : body.select("h1, h2, h3, h4, h5, h6")) {
            Element paragraph = new Element("p");
            Element strong = paragraph.appendElement("strong");
            strong.insertChildren(0, new ArrayList<>(heading.childNodes()));
            heading.replaceWith(paragraph);
        }
    }

    /** A link keeps its href only with an allowed scheme and no hidden characters; otherwise it becomes its text. */
    private static void cleanLink(Element link) {
        String href = link.attr("href").strip();
        if (!isSafeHref(href)) {
            link.unwrap();
            return;
        }
        link.attr("href", href);
        StringBuilder rel = new StringBuilder();
        for (String token : link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (KEPT_RELS.contains(token) && rel.indexOf(token) < 0) {
                rel.append(token).append(' ');
            }
        }
        // Re-added last, so the attribute order is the same whatever the source wrote.
        link.removeAttr("rel");
        link.attr("rel", rel.append(ADDED_RELS).toString());
    }

    static boolean isSafeHref(String href) {
        if (href.isEmpty() || href.length() > 4096) {
            return false;
        }
        for (int i = 0; i < href.length(); i++) {
            char c = href.charAt(i);
            // Browsers ignore tabs and newlines inside URLs ("java\nscript:"); refuse every control character.
            if (c <= 0x20 || c == 0x7f) {
                return false;
            }
        }
        Matcher scheme = SCHEME.matcher(href);
        return scheme.find() && LINK_SCHEMES.contains(scheme.group(1).toLowerCase(Locale.ROOT));
    }

    private static void cleanAttributes(Element element) {
        if (element.hasAttr("class")) {
            List<String> kept = new ArrayList<>();
            for (String name : element.classNames()) {
                if (isAllowedClass(name)) {
                    kept.add(name);
                }
            }
            if (kept.isEmpty()) {
                element.removeAttr("class");
            } else {
                element.attr("class", String.join(" ", kept));
            }
        }
        if (element.hasAttr("translate") && !"no".equals(element.attr("translate"))) {
            element.removeAttr("translate");
        }
        if (element.hasAttr("lang") && !LANGUAGE.matcher(element.attr("lang")).matches()) {
            element.removeAttr("lang");
        }
    }

    private static boolean isAllowedClass(String name) {
        if (CLASSES.contains(name)) {
            return true;
        }
        for (String prefix : CLASS_PREFIXES) {
            if (name.startsWith(prefix) && name.length() > prefix.length() && name.length() <= 64) {
                return true;
            }
        }
        return false;
    }
}
