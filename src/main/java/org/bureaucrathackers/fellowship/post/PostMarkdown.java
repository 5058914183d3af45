package org.bureaucrathackers.fellowship.post;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.html.HtmlSanitizer;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns a fellow's Markdown into the HTML of a post: CommonMark with raw HTML shown as text, reduced to
 * what Mastodon keeps (T4), then mentions, hashtags and bare URLs in the text turned into links exactly as
 * Mastodon writes them (T2). Text inside links and code is left alone.
 */
public final class PostMarkdown {

    public static final int MAX_SOURCE = 5_000;
    /** The longest HTML a feature may hand in (the status column holds 200,000 characters). */
    public static final int MAX_HTML = 150_000;
    public static final int MAX_MENTIONS = 20;
    public static final int MAX_TAGS = 30;

    /** Finds the account a mention names; {@code domain} is null for a bare {@code @user}. */
    public interface AccountLookup {
        Optional<Account> find(String username, String domain);
    }

    /** The HTML and what it mentions and tags (tags normalised, both without repeats, in order of appearance). */
    public record Rendered(String html, List<Account> mentions, List<String> tags) {
    }

    private static final Pattern MENTION = Pattern.compile(
            "(?<![=/\\p{L}\\p{N}_@.+-])@([A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*)"
                    + "(?:@((?:[A-Za-z0-9-]+\\.)*[A-Za-z0-9-]+(?::[0-9]{1,5})?))?");
    private static final Pattern URL = Pattern.compile("(?<![\\p{L}\\p{N}_/])https?://[^\\s<>\"]+",
            Pattern.CASE_INSENSITIVE);
    private static final String URL_TRAILING_PUNCTUATION = ".,;:!?'\"*_)]}";
    private static final Set<String> UNTOUCHED_ANCESTORS = Set.of("a", "code", "pre");
    private static final Set<String> BLOCK_CONTAINERS = Set.of("body", "ul", "ol", "blockquote");
    private static final Set<String> MARKDOWN_LINK_SCHEMES = Set.of("http", "https", "mailto", "xmpp", "magnet",
            "gemini", "gopher", "dat", "dweb", "ipfs", "ipns", "ssb");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(MARKDOWN_LINK_SCHEMES))
            .softbreak("<br>")
            .build();
    private final LocalUris uris;

    public PostMarkdown(LocalUris uris) {
        this.uris = uris;
    }

    /** @throws InvalidPostException when the source is blank or longer than {@link #MAX_SOURCE} */
    public Rendered render(String markdown, AccountLookup lookup) {
        if (markdown == null || markdown.isBlank()) {
            throw new InvalidPostException("a post needs some text");
        }
        if (markdown.length() > MAX_SOURCE) {
            throw new InvalidPostException("a post is at most " + MAX_SOURCE + " characters of Markdown");
        }
        return link(renderer.render(parser.parse(markdown)), lookup);
    }

    /**
     * Links mentions, hashtags and URLs in HTML a feature wrote (a structured record's story) as in Markdown
     * posts; the HTML is sanitised to what Mastodon keeps first.
     *
     * @throws InvalidPostException when it has no text or is longer than {@link #MAX_HTML}
     */
    public Rendered renderHtml(String html, AccountLookup lookup) {
        if (html == null || html.length() > MAX_HTML) {
            throw new InvalidPostException("a post is at most " + MAX_HTML + " characters of HTML");
        }
        return link(html, lookup);
    }

    private Rendered link(String unsafeHtml, AccountLookup lookup) {
        String html = HtmlSanitizer.clean(unsafeHtml);
        Element body = Jsoup.parseBodyFragment(html).body();
        dropBlockWhitespace(body);
        Linker linker = new Linker(lookup);
        for (TextNode text : textOutsideLinksAndCode(body)) {
            linker.link(text);
        }
        String result = body.html();
        if (body.text().isBlank()) {
            throw new InvalidPostException("a post needs some text");
        }
        return new Rendered(result, List.copyOf(linker.mentioned.values()), List.copyOf(linker.tags));
    }

    private static void dropBlockWhitespace(Element body) {
        for (Element element : body.getAllElements()) {
            if (!BLOCK_CONTAINERS.contains(element.normalName())) {
                continue;
            }
            for (TextNode text : new ArrayList<>(element.textNodes())) {
                if (text.isBlank()) {
                    text.remove();
                }
            }
        }
        body.ownerDocument().outputSettings(new Document.OutputSettings().prettyPrint(false));
    }

    private static List<TextNode> textOutsideLinksAndCode(Element body) {
        List<TextNode> result = new ArrayList<>();
        for (Element element : body.getAllElements()) {
            if (insideLinkOrCode(element)) {
                continue;
            }
            result.addAll(element.textNodes());
        }
        return result;
    }

    private static boolean insideLinkOrCode(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (UNTOUCHED_ANCESTORS.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Replaces mentions, hashtags and URLs in text nodes, remembering what it linked. */
    private final class Linker {
        private final AccountLookup lookup;
        private final Map<String, Optional<Account>> resolved = new HashMap<>();
        private final Map<Long, Account> mentioned = new LinkedHashMap<>();
        private final Set<String> tags = new LinkedHashSet<>();

        Linker(AccountLookup lookup) {
            this.lookup = lookup;
        }

        void link(TextNode node) {
            String text = node.getWholeText();
            List<Node> parts = new ArrayList<>();
            int plainFrom = 0;
            int at = 0;
            while (at < text.length()) {
                Match match = next(text, at);
                if (match == null) {
                    break;
                }
                if (match.node == null) {
                    at = match.end;
                    continue;
                }
                if (match.start > plainFrom) {
                    parts.add(new TextNode(text.substring(plainFrom, match.start)));
                }
                parts.add(match.node);
                plainFrom = match.end;
                at = match.end;
            }
            if (parts.isEmpty()) {
                return;
            }
            if (plainFrom < text.length()) {
                parts.add(new TextNode(text.substring(plainFrom)));
            }
            for (Node part : parts) {
                node.before(part);
            }
            node.remove();
        }

        /** The earliest URL, mention or hashtag at or after {@code from}; its node is null when it links nothing. */
        private Match next(String text, int from) {
            Matcher url = URL.matcher(text);
            Matcher mention = MENTION.matcher(text);
            Matcher hashtag = Hashtags.IN_TEXT.matcher(text);
            int urlAt = url.find(from) ? url.start() : Integer.MAX_VALUE;
            int mentionAt = mention.find(from) ? mention.start() : Integer.MAX_VALUE;
            int hashtagAt = hashtag.find(from) ? hashtag.start() : Integer.MAX_VALUE;
            int first = Math.min(urlAt, Math.min(mentionAt, hashtagAt));
            if (first == Integer.MAX_VALUE) {
                return null;
            }
            if (first == urlAt) {
                String href = trimUrl(url.group());
                return new Match(url.start(), url.start() + href.length(), urlLink(href));
            }
            if (first == mentionAt) {
                return new Match(mention.start(), mention.end(), mentionLink(mention.group(1), mention.group(2)));
            }
            String written = Hashtags.stripSeparators(hashtag.group(1));
            return new Match(hashtag.start(), hashtag.start() + 1 + written.length(), hashtagLink(written));
        }

        private Node mentionLink(String username, String domain) {
            String key = username.toLowerCase(Locale.ROOT) + "@" + (domain == null ? "" : domain.toLowerCase(Locale.ROOT));
            Optional<Account> account = resolved.get(key);
            if (account == null) {
                if (resolved.size() >= MAX_MENTIONS) {
                    return null;
                }
                account = lookup.find(username, domain).filter(a -> !a.isDeleted());
                resolved.put(key, account);
            }
            if (account.isEmpty()) {
                return null;
            }
            Account target = account.get();
            mentioned.putIfAbsent(target.id(), target);
            Element card = new Element("span").attr("class", "h-card").attr("translate", "no");
            Element link = card.appendElement("a")
                    .attr("href", target.url() != null ? target.url() : target.uri())
                    .attr("class", "u-url mention");
            link.appendText("@").appendElement("span").text(target.username());
            return card;
        }

        private Node hashtagLink(String written) {
            String name = Hashtags.normalize(written);
            if (name == null || !tags.contains(name) && tags.size() >= MAX_TAGS) {
                return null;
            }
            tags.add(name);
            Element link = new Element("a").attr("href", uris.tag(name)).attr("class", "mention hashtag")
                    .attr("rel", "tag");
            link.appendText("#").appendElement("span").text(written);
            return link;
        }

        private Node urlLink(String href) {
            Element link = new Element("a").attr("href", href).attr("rel", "nofollow noopener noreferrer")
                    .attr("translate", "no");
            link.text(href);
            return link;
        }
    }

    /** A URL ends before trailing punctuation, and before a ')' that closes nothing inside it. */
    static String trimUrl(String url) {
        int end = url.length();
        while (end > 0 && URL_TRAILING_PUNCTUATION.indexOf(url.charAt(end - 1)) >= 0) {
            char last = url.charAt(end - 1);
            if (last == ')' && url.substring(0, end).chars().filter(c -> c == '(').count()
                    >= url.substring(0, end).chars().filter(c -> c == ')').count()) {
                break;
            }
            end--;
        }
        return url.substring(0, end);
    }

    private record Match(int start, int end, Node node) {
    }
}
