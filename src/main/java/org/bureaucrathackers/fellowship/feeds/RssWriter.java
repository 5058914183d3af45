package org.bureaucrathackers.fellowship.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A feed as RSS 2.0, as the RSS Advisory Board's specification has it: the channel's title, link and
 * description, its language when known, lastBuildDate and its own address ({@code atom:link rel="self"}, as
 * the Board recommends); each item with its permalink as link and guid, its RFC 822 pubDate, its HTML as
 * description, a category per hashtag, its author ({@code dc:creator}, since RSS's own author element must be
 * an e-mail address) and its first media file as enclosure (RSS allows one).
 */
final class RssWriter {

    static final String CONTENT_TYPE = "application/rss+xml; charset=utf-8";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String DUBLIN_CORE = "http://purl.org/dc/elements/1.1/";

    private RssWriter() {
    }

    static String write(Feed feed) {
        XmlOut xml = new XmlOut();
        xml.start("rss").attribute("version", "2.0").namespace("atom", ATOM).namespace("dc", DUBLIN_CORE);
        xml.start("channel");
        xml.element("title", feed.title());
        xml.element("link", feed.htmlUrl());
        xml.element("description", feed.description());
        if (feed.language() != null) {
            xml.element("language", feed.language());
        }
        xml.element("lastBuildDate", rfc822(feed.updated()));
        xml.element("generator", "Fellowship");
        xml.empty("atom", "link", ATOM).attribute("href", feed.rssUrl()).attribute("rel", "self")
                .attribute("type", "application/rss+xml");
        for (Feed.Item item : feed.items()) {
            item(xml, item);
        }
        xml.end().end();
        return xml.finish();
    }

    private static void item(XmlOut xml, Feed.Item item) {
        xml.start("item");
        xml.element("link", item.link());
        xml.start("guid").attribute("isPermaLink", "true").text(item.link()).end();
        xml.element("pubDate", rfc822(item.published()));
        xml.start("dc", "creator", DUBLIN_CORE).text(item.authorName()).end();
        xml.element("description", item.html());
        for (String hashtag : item.hashtags()) {
            xml.element("category", hashtag);
        }
        item.enclosures().stream().findFirst().ifPresent(media -> xml.empty("enclosure")
                .attribute("url", media.url())
                // The size of a file on another server is not known here; the Board's advice is 0 then.
                .attribute("length", "0")
                .attribute("type", media.mediaType() != null ? media.mediaType() : "application/octet-stream"));
        xml.end();
    }

    /** RFC 822 as RFC 1123 amends it (four-digit years), which the RSS specification asks for. */
    static String rfc822(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
