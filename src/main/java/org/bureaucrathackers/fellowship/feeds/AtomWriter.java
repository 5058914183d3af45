package org.bureaucrathackers.fellowship.feeds;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A feed as Atom (RFC 4287): the feed's id, title, updated, author and its self and alternate links; each
 * entry with its id, title, published and updated times, its page, its author, its HTML as
 * {@code content type="html"}, a category per hashtag and a link rel="enclosure" per media file.
 */
final class AtomWriter {

    static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomWriter() {
    }

    static String write(Feed feed) {
        XmlOut xml = new XmlOut();
        xml.start("feed").defaultNamespace(ATOM);
        if (feed.language() != null) {
            xml.xmlAttribute("lang", feed.language());
        }
        xml.element("id", feed.htmlUrl());
        xml.element("title", feed.title());
        xml.element("subtitle", feed.description());
        xml.element("updated", rfc3339(feed.updated()));
        if (feed.authorName() != null) {
            author(xml, feed.authorName(), feed.authorUrl());
        }
        link(xml, "self", "application/atom+xml", feed.atomUrl());
        link(xml, "alternate", "text/html", feed.htmlUrl());
        xml.element("generator", "Fellowship");
        for (Feed.Item item : feed.items()) {
            entry(xml, item);
        }
        xml.end();
        return xml.finish();
    }

    private static void entry(XmlOut xml, Feed.Item item) {
        xml.start("entry");
        xml.element("id", item.id());
        xml.element("title", item.title());
        xml.element("published", rfc3339(item.published()));
        xml.element("updated", rfc3339(item.updated()));
        author(xml, item.authorName(), item.authorUrl());
        link(xml, "alternate", "text/html", item.link());
        for (String hashtag : item.hashtags()) {
            xml.empty("category").attribute("term", hashtag).attribute("label", "#" + hashtag);
        }
        for (Feed.Enclosure media : item.enclosures()) {
            xml.empty("link").attribute("rel", "enclosure").attribute("href", media.url());
            if (media.mediaType() != null) {
                xml.attribute("type", media.mediaType());
            }
            if (media.description() != null && !media.description().isBlank()) {
                xml.attribute("title", media.description());
            }
        }
        xml.start("content").attribute("type", "html");
        if (item.language() != null) {
            xml.xmlAttribute("lang", item.language());
        }
        xml.text(item.html()).end();
        xml.end();
    }

    private static void author(XmlOut xml, String name, String url) {
        xml.start("author").element("name", name);
        if (url != null) {
            xml.element("uri", url);
        }
        xml.end();
    }

    private static void link(XmlOut xml, String rel, String type, String href) {
        xml.empty("link").attribute("rel", rel).attribute("type", type).attribute("href", href);
    }

    /** RFC 3339 in UTC, to the second, as Atom's date constructs require. */
    static String rfc3339(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
