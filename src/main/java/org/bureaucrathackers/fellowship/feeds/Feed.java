package org.bureaucrathackers.fellowship.feeds;

import java.time.Instant;
import java.util.List;

/**
 * One feed, whatever its format: what RSS calls the channel and Atom the feed, with its items newest first.
 * {@code htmlUrl} is the page the feed mirrors (its Atom id, since it never changes); {@code language},
 * {@code authorName} and {@code authorUrl} may be null.
 */
record Feed(String title, String description, String htmlUrl, String rssUrl, String atomUrl, String language,
            String authorName, String authorUrl, Instant updated, List<Item> items) {

    Feed {
        items = List.copyOf(items);
    }

    /**
     * A post in a feed. {@code id} is its ActivityPub id, {@code link} its page; {@code html} is sanitised
     * HTML, the content warning (if any) before it. {@code title} is plain text; {@code hashtags} are names
     * without the #.
     */
    record Item(String id, String link, String title, String html, String language, Instant published,
                Instant updated, String authorName, String authorUrl, List<String> hashtags,
                List<Enclosure> enclosures) {

        Item {
            hashtags = List.copyOf(hashtags);
            enclosures = List.copyOf(enclosures);
        }
    }

    /** A media file of a post; {@code mediaType} may be null when its server did not say. */
    record Enclosure(String url, String mediaType, String description) {
    }
}
