package org.bureaucrathackers.fellowship.federation;

import static org.bureaucrathackers.fellowship.federation.Network.remote;
import static org.bureaucrathackers.fellowship.federation.Network.status;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.ATOM;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.children;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.only;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.feeds.FeedChecks;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * A hashtag's feed lists the public posts this instance received from other servers, delivered over real
 * HTTP, and drops them when their author is suspended here.
 */
class FeedFederationTest {

    private final Network network = new Network();
    private final TestInstance a = network.start();
    private final TestInstance b = network.start();
    private final Account alice = a.createFellow("alice");
    private final Account bob = b.createFellow("bob");

    @AfterEach
    void close() {
        network.close();
    }

    @Test
    void a_delivered_post_with_a_hashtag_is_in_the_hashtag_feed_until_its_author_is_suspended() throws Exception {
        Account bobOnA = remote(a, b, "bob");
        a.follows().follow(alice, bobOnA);
        network.until("a hears that bob accepted", () -> a.follows().isFollowing(alice, bobOnA));
        Status ours = a.posts().post(alice, NewPost.publicText("Our view on #OpenData"));
        Status theirs = b.posts().post(bob, NewPost.publicText("Open registers & <b>more</b> #OpenData"));
        Status unlisted = b.posts().post(bob, new NewPost("quietly #OpenData", Status.Visibility.UNLISTED, null,
                null, null));
        network.until("both posts reach a", () -> status(a, theirs.uri()).isPresent()
                && status(a, unlisted.uri()).isPresent());

        String rssUrl = a.base() + "/tags/opendata.rss";
        Channel channel = FeedChecks.validRss(a.get(rssUrl).body(), rssUrl);
        assertEquals(List.of(theirs.url(), ours.url()), channel.getItems().stream().map(Item::getLink).toList(),
                "the delivered public post and ours, newest first; not the unlisted one");
        Element feed = FeedChecks.validAtom(a.get("/tags/opendata.atom").body()).getDocumentElement();
        Element entry = children(feed, ATOM, "entry").get(0);
        assertEquals(theirs.uri(), text(only(entry, ATOM, "id")));
        assertEquals("bob", text(only(only(entry, ATOM, "author"), ATOM, "name")));
        assertEquals(bob.url(), text(only(only(entry, ATOM, "author"), ATOM, "uri")));
        assertTrue(text(only(entry, ATOM, "content")).contains("Open registers &amp; "),
                text(only(entry, ATOM, "content")));

        a.suspensions().suspend(bobOnA);
        Channel after = FeedChecks.validRss(a.get(rssUrl).body(), rssUrl);
        assertEquals(List.of(ours.url()), after.getItems().stream().map(Item::getLink).toList(),
                "nothing of a suspended account");
    }
}
