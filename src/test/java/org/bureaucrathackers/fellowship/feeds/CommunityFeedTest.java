package org.bureaucrathackers.fellowship.feeds;

import static org.bureaucrathackers.fellowship.feeds.FeedChecks.ATOM;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.children;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.only;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.text;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.community.NewCommunity;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The RSS and Atom feeds of a community over real HTTP: the public posts its group announced (its members'
 * posts addressed to it, from here and from another server), the latest announced first; nothing a stranger
 * addressed to it, nothing unlisted, nothing merely written by a member; linked from the community's page.
 */
class CommunityFeedTest {

    static TestInstance instance;
    static Account group;
    static Status first;
    static Status fromAfar;
    static Status latest;
    static Status byStranger;
    static Status unlisted;
    static Status notAddressed;

    @BeforeAll
    static void start() throws Exception {
        instance = TestInstance.start();
        Account chief = instance.fellows().create(new FellowService.NewFellow("chief", null, null, null, true));
        group = instance.communities().create(new NewCommunity("permits", "Permits & <licences>",
                "Getting permits out in days", false), chief).account();
        Account alice = instance.createFellow("alice");
        Account stranger = instance.createFellow("stranger");
        instance.follows().follow(alice, group);

        Account carol = Accounts.remote(9_100_001L, "carol", "remote.example");
        new JooqAccountStore(instance.database()).insertRemote(carol);
        instance.receivedFollows().receiveFollow(carol, group, "https://remote.example/follows/1");

        first = instance.posts().post(alice, new NewPost("@permits the first one", Status.Visibility.PUBLIC,
                null, null, "en"));
        awaitAnnounced(first);
        String note = "{\"id\":\"https://remote.example/users/carol/statuses/1\",\"type\":\"Note\","
                + "\"url\":\"https://remote.example/@carol/1\",\"attributedTo\":\"" + carol.uri() + "\","
                + "\"content\":\"<p>From afar, for the community</p>\","
                + "\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"cc\":[\"" + group.uri() + "\"],"
                + "\"published\":\"2026-03-01T08:00:00Z\","
                + "\"tag\":[{\"type\":\"Mention\",\"href\":\"" + group.uri() + "\"}]}";
        fromAfar = instance.remoteNotes().create(carol, new NoteReader().read(Json.MAPPER.readTree(note)));
        awaitAnnounced(fromAfar);
        byStranger = instance.posts().post(stranger, NewPost.publicText("@permits buy my software"));
        unlisted = instance.posts().post(alice, new NewPost("@permits quietly", Status.Visibility.UNLISTED, null,
                null, null));
        awaitAnnounced(unlisted);
        notAddressed = instance.posts().post(alice, NewPost.publicText("about something else"));
        latest = instance.posts().post(alice, new NewPost("@permits the latest one", Status.Visibility.PUBLIC,
                null, null, "en"));
        awaitAnnounced(latest);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static void awaitAnnounced(Status post) {
        Await.until("the community announces " + post.uri(), () -> announced(post));
    }

    private static boolean announced(Status post) {
        return instance.database().dsl().fetchExists(STATUS,
                STATUS.ACCOUNT_ID.eq(group.id()).and(STATUS.REBLOG_OF_ID.eq(post.id())));
    }

    @Test
    void the_rss_feed_is_valid_and_lists_what_the_community_announced_publicly() throws Exception {
        HttpResponse<String> response = instance.get("/communities/permits.rss");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/rss+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        Channel channel = FeedChecks.validRss(response.body(), instance.base() + "/communities/permits.rss");
        assertEquals("Permits & <licences> (@permits@" + instance.domain() + ")", channel.getTitle());
        assertEquals(instance.base() + "/communities/permits", channel.getLink());
        assertEquals("Getting permits out in days", channel.getDescription());
        List<String> links = channel.getItems().stream().map(Item::getLink).toList();
        assertEquals(List.of(latest.url(), fromAfar.url(), first.url()), links,
                "members' public posts addressed to it, from here and elsewhere, the latest announced first; "
                        + "not a stranger's, not unlisted, not a post that does not address it");
        assertFalse(links.contains(byStranger.url()) || links.contains(unlisted.url())
                || links.contains(notAddressed.url()));
    }

    @Test
    void the_atom_feed_is_valid_per_rfc_4287_with_each_post_by_its_author() throws Exception {
        HttpResponse<String> response = instance.get("/communities/permits.atom?limit=2");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/atom+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        Element feed = FeedChecks.validAtom(response.body()).getDocumentElement();
        assertEquals(instance.base() + "/communities/permits", text(only(feed, ATOM, "id")));
        List<Element> entries = children(feed, ATOM, "entry");
        assertEquals(List.of(latest.uri(), fromAfar.uri()),
                entries.stream().map(e -> text(only(e, ATOM, "id"))).toList(), "bounded by the limit");
        assertEquals("carol", text(only(only(entries.get(1), ATOM, "author"), ATOM, "name")));
        assertTrue(text(only(entries.get(1), ATOM, "content")).contains("From afar"));
    }

    @Test
    void the_feeds_do_not_take_the_community_nor_the_community_the_feeds() throws Exception {
        HttpResponse<String> actor = instance.get("/communities/permits", "Accept", "application/activity+json");
        assertEquals(200, actor.statusCode());
        assertEquals("Group", Json.MAPPER.readTree(actor.body()).path("type").asText());

        String page = instance.get("/communities/permits", "Accept", "text/html").body();
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\""
                + instance.base() + "/communities/permits.rss\">"), page);
        assertTrue(page.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\""
                + instance.base() + "/communities/permits.atom\">"), page);
        assertTrue(page.contains("the latest one") && page.contains("From afar"), "the page shows its announces");
        assertFalse(page.contains("buy my software"), page);
    }

    @Test
    void an_unknown_community_or_a_bad_limit_is_a_clear_4xx() throws Exception {
        for (String path : List.of("/communities/nowhere.rss", "/communities/nowhere.atom",
                "/communities/" + "x".repeat(300) + ".rss", "/communities/alice.rss")) {
            HttpResponse<String> response = instance.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(Json.MAPPER.readTree(response.body()).path("error").asText().isBlank(), response.body());
        }
        HttpResponse<String> page = instance.get("/communities/nowhere.rss", "Accept", "text/html");
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("No community called nowhere"), page.body());

        HttpResponse<String> bad = instance.get("/communities/permits.rss?limit=0");
        assertEquals(400, bad.statusCode());
        assertTrue(Json.MAPPER.readTree(bad.body()).path("error").asText().contains("limit"), bad.body());
    }
}
