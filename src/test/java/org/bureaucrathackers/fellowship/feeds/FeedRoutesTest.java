package org.bureaucrathackers.fellowship.feeds;

import static org.bureaucrathackers.fellowship.feeds.FeedChecks.ATOM;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.children;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.only;
import static org.bureaucrathackers.fellowship.feeds.FeedChecks.text;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.InvalidFellowException;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The RSS 2.0 and Atom feeds of a fellow and of a hashtag over real HTTP: public posts only, every feed valid
 * per its specification, XML's special and forbidden characters handled, clear errors for what is not there.
 */
class FeedRoutesTest {

    /** Markup, entities, CDATA's end and characters XML 1.0 cannot carry at all, in one post. */
    static final String AWKWARD = "Budget & <b>\"quotes\"</b> ]]> x\u0001y\u0008z\u000Bw\u001F 🎉 #OpenGov";

    static TestInstance instance;
    static Account alice;
    static Status publicPost;
    static Status awkwardPost;
    static Status threadPost;
    static Status remotePost;

    @BeforeAll
    static void start() throws Exception {
        instance = TestInstance.start();
        alice = instance.fellows().create(new FellowService.NewFellow("alice", "Alice & <Co>", null, null, false));
        Account bob = instance.createFellow("bob");
        PostService posts = instance.posts();
        publicPost = posts.post(alice, new NewPost("Plain letters work #OpenGov <script>alert(1)</script>",
                Status.Visibility.PUBLIC, null, null, "en"));
        posts.post(alice, new NewPost("unlisted words #opengov", Status.Visibility.UNLISTED, null, null, null));
        posts.post(alice, new NewPost("followers secret #opengov", Status.Visibility.PRIVATE, null, null, null));
        posts.post(alice, new NewPost("direct secret @bob #opengov", Status.Visibility.DIRECT, null, null, null));
        Status bobs = posts.post(bob, NewPost.publicText("bob speaks #budget"));
        posts.post(alice, new NewPost("a reply to bob #opengov", Status.Visibility.PUBLIC, bobs.uri(), null, null));
        threadPost = posts.post(alice, new NewPost("my own thread goes on", Status.Visibility.PUBLIC,
                publicPost.uri(), null, "en"));
        awkwardPost = posts.post(alice, new NewPost(AWKWARD, Status.Visibility.PUBLIC, null, "CW: <tax> & \u0002",
                "en"));

        Account carol = Accounts.remote(9_000_001L, "carol", "remote.example");
        new JooqAccountStore(instance.database()).insertRemote(carol);
        String note = "{\"id\":\"https://remote.example/users/carol/statuses/1\",\"type\":\"Note\","
                + "\"url\":\"https://remote.example/@carol/1\","
                + "\"attributedTo\":\"" + carol.uri() + "\",\"content\":\"<p>From afar \\u0007 #opengov"
                + "<script>steal()</script></p>\","
                + "\"to\":[\"https://www.w3.org/ns/activitystreams#Public\"],\"published\":\"2026-03-01T08:00:00Z\","
                + "\"attachment\":[{\"type\":\"Document\",\"mediaType\":\"image/png\","
                + "\"url\":\"https://remote.example/media/chart.png\",\"name\":\"A chart & a <caption>\"}],"
                + "\"tag\":[{\"type\":\"Hashtag\",\"name\":\"#opengov\",\"href\":\"https://remote.example/tags/opengov\"}]}";
        remotePost = instance.remoteNotes().create(carol, new NoteReader().read(Json.MAPPER.readTree(note)));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void a_fellows_rss_feed_is_valid_and_lists_public_posts_only() throws Exception {
        HttpResponse<String> response = instance.get("/@alice.rss");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/rss+xml; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
        Channel channel = FeedChecks.validRss(response.body(), instance.base() + "/@alice.rss");
        assertEquals("Alice & <Co> (@alice@" + instance.domain() + ")", channel.getTitle());
        assertEquals(instance.base() + "/@alice", channel.getLink());
        assertEquals("en", channel.getLanguage());
        List<String> links = channel.getItems().stream().map(Item::getLink).toList();
        assertEquals(List.of(awkwardPost.url(), threadPost.url(), publicPost.url()), links,
                "public posts and the fellow's own thread, newest first; no reply to others, nothing unlisted, "
                        + "followers-only or direct");
        Item first = channel.getItems().get(0);
        assertEquals(awkwardPost.url(), first.getGuid().getValue());
        assertTrue(first.getGuid().isPermaLink());
        assertEquals(awkwardPost.createdAt().getEpochSecond(), first.getPubDate().toInstant().getEpochSecond());
        assertEquals(List.of("opengov"), first.getCategories().stream().map(c -> c.getValue()).toList());
        assertNotNull(channel.getLastBuildDate());
    }

    @Test
    void xml_special_characters_are_escaped_and_forbidden_ones_left_out() throws Exception {
        String rss = instance.get("/@alice.rss").body();
        Channel channel = FeedChecks.validRss(rss, instance.base() + "/@alice.rss");
        String description = channel.getItems().get(0).getDescription().getValue();

        assertTrue(description.contains("Budget &amp; "), description);
        assertTrue(description.contains("&lt;b&gt;") || description.contains("<strong>")
                || description.contains("&quot;quotes&quot;") || description.contains("\"quotes\""), description);
        assertTrue(description.contains("]]&gt;") || description.contains("]]>"), description);
        assertTrue(description.contains("xyzw"), "control characters are dropped: " + description);
        assertTrue(description.contains("🎉"), description);
        assertTrue(description.contains("Content warning:</strong> CW: &lt;tax&gt; &amp; "), description);
        assertFalse(description.contains("<script"), description);
        assertFalse(rss.contains("<script"), "markup travels escaped, never as elements");

        Document atom = FeedChecks.validAtom(instance.get("/@alice.atom").body());
        Element entry = children(atom.getDocumentElement(), ATOM, "entry").get(0);
        assertEquals("CW: <tax> & ", text(only(entry, ATOM, "title")));
        assertTrue(text(only(entry, ATOM, "content")).contains("x" + "yzw"));
    }

    @Test
    void a_fellows_atom_feed_is_valid_per_rfc_4287() throws Exception {
        HttpResponse<String> response = instance.get("/@alice.atom");

        assertEquals(200, response.statusCode(), response.body());
        assertEquals("application/atom+xml; charset=utf-8",
                response.headers().firstValue("Content-Type").orElse(""));
        Element feed = FeedChecks.validAtom(response.body()).getDocumentElement();
        assertEquals(instance.base() + "/@alice", text(only(feed, ATOM, "id")));
        assertEquals("Alice & <Co>", text(only(only(feed, ATOM, "author"), ATOM, "name")));
        assertEquals(List.of("self " + instance.base() + "/@alice.atom", "alternate " + instance.base() + "/@alice"),
                children(feed, ATOM, "link").stream().map(l -> l.getAttribute("rel") + " " + l.getAttribute("href"))
                        .toList());
        List<Element> entries = children(feed, ATOM, "entry");
        assertEquals(List.of(awkwardPost.uri(), threadPost.uri(), publicPost.uri()),
                entries.stream().map(e -> text(only(e, ATOM, "id"))).toList());
        Element plain = entries.get(2);
        assertEquals("Plain letters work #OpenGov <script>alert(1)</script>", text(only(plain, ATOM, "title")),
                "the title is the post's text: what it shows as text, not markup");
        assertEquals(publicPost.createdAt().getEpochSecond(),
                OffsetDateTime.parse(text(only(plain, ATOM, "published"))).toEpochSecond());
        Element content = only(plain, ATOM, "content");
        assertEquals("html", content.getAttribute("type"));
        assertEquals("en", content.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertTrue(text(content).contains("&lt;script&gt;"), text(content));
        assertFalse(text(content).contains("<script"), text(content));
        assertEquals(publicPost.url(), only(plain, ATOM, "link").getAttribute("href"));
        assertEquals("opengov", only(plain, ATOM, "category").getAttribute("term"));
    }

    @Test
    void a_hashtag_feed_lists_public_posts_from_here_and_elsewhere_with_their_media() throws Exception {
        Channel channel = FeedChecks.validRss(instance.get("/tags/OpenGov.rss").body(),
                instance.base() + "/tags/opengov.rss");

        assertEquals("#opengov", channel.getTitle());
        assertEquals(instance.base() + "/tags/opengov", channel.getLink());
        List<String> links = channel.getItems().stream().map(Item::getLink).toList();
        assertTrue(links.containsAll(List.of(awkwardPost.url(), publicPost.url(), remotePost.url())), links.toString());
        assertEquals(4, links.size(), "the public reply carries the hashtag too; nothing unlisted or private: " + links);
        Item remote = channel.getItems().stream().filter(i -> i.getLink().equals(remotePost.url())).findFirst()
                .orElseThrow();
        assertEquals(1, remote.getEnclosures().size());
        assertEquals("https://remote.example/media/chart.png", remote.getEnclosures().get(0).getUrl());
        assertEquals("image/png", remote.getEnclosures().get(0).getType());
        assertFalse(remote.getDescription().getValue().contains("steal()"));

        Element feed = FeedChecks.validAtom(instance.get("/tags/opengov.atom").body()).getDocumentElement();
        Element remoteEntry = children(feed, ATOM, "entry").stream()
                .filter(e -> text(only(e, ATOM, "id")).equals(remotePost.uri())).findFirst().orElseThrow();
        assertEquals("carol", text(only(only(remoteEntry, ATOM, "author"), ATOM, "name")));
        assertEquals(List.of("alternate", "enclosure"), children(remoteEntry, ATOM, "link").stream()
                .map(l -> l.getAttribute("rel")).toList());
    }

    @Test
    void the_limit_bounds_the_items_and_a_bad_one_is_a_clear_400() throws Exception {
        Channel one = FeedChecks.validRss(instance.get("/@alice.rss?limit=1").body(), instance.base() + "/@alice.rss");
        assertEquals(1, one.getItems().size());

        for (String bad : List.of("0", "41", "abc", "-1", "99999999999")) {
            HttpResponse<String> response = instance.get("/@alice.rss?limit=" + bad);
            assertEquals(400, response.statusCode(), bad);
            JsonNode error = Json.MAPPER.readTree(response.body());
            assertTrue(error.path("error").asText().contains("limit"), response.body());
        }
    }

    @Test
    void unknown_names_are_a_404_with_a_message() throws Exception {
        for (String path : List.of("/@nobody.rss", "/@nobody.atom", "/tags/neverused.rss", "/tags/neverused.atom",
                "/tags/2026.rss", "/@" + "x".repeat(300) + ".rss")) {
            HttpResponse<String> response = instance.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(Json.MAPPER.readTree(response.body()).path("error").asText().isBlank(), response.body());
        }
    }

    @Test
    void the_feed_paths_do_not_take_the_profile_nor_the_profile_the_feeds() {
        HttpResponse<String> profile = instance.get("/@alice", "Accept", "text/html");
        assertEquals(200, profile.statusCode());
        assertTrue(profile.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));

        HttpResponse<String> tag = instance.get("/tags/opengov", "Accept", "text/html");
        assertEquals(200, tag.statusCode());
        assertTrue(tag.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void no_fellow_may_be_named_like_a_feed_so_a_dotted_name_still_has_both() {
        for (String name : List.of("news.rss", "News.RSS", "daily.atom")) {
            InvalidFellowException refused = assertThrows(InvalidFellowException.class,
                    () -> instance.createFellow(name), name);
            assertTrue(refused.getMessage().contains(".rss or .atom"), refused.getMessage());
        }

        Account dotted = instance.createFellow("jane.doe");
        instance.posts().post(dotted, NewPost.publicText("dotted names work"));
        assertEquals(200, instance.get("/@jane.doe", "Accept", "text/html").statusCode());
        HttpResponse<String> feed = instance.get("/@jane.doe.rss");
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.body().contains("dotted names work"), feed.body());
    }

    @Test
    void the_profile_and_hashtag_pages_link_their_feeds() {
        String profile = instance.get("/@alice", "Accept", "text/html").body();
        assertTrue(profile.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\""
                + instance.base() + "/@alice.rss\">"), profile);
        assertTrue(profile.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\""
                + instance.base() + "/@alice.atom\">"), profile);

        String tag = instance.get("/tags/opengov", "Accept", "text/html").body();
        assertTrue(tag.contains("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"RSS\" href=\""
                + instance.base() + "/tags/opengov.rss\">"), tag);
        assertTrue(tag.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Atom\" href=\""
                + instance.base() + "/tags/opengov.atom\">"), tag);
    }

    @Test
    void a_reader_that_has_the_feed_gets_304_until_it_changes() {
        HttpResponse<String> first = instance.get("/@alice.atom");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertTrue(first.headers().firstValue("Cache-Control").orElse("").startsWith("public"));
        assertTrue(first.headers().firstValue("Last-Modified").isPresent());

        HttpResponse<String> again = instance.get("/@alice.atom", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(200, instance.get("/@alice.atom", "If-None-Match", "\"something-else\"").statusCode());
        assertEquals(200, instance.get("/@alice.rss", "If-None-Match", etag).statusCode(),
                "the RSS document is another document");
    }

    @Test
    void a_deleted_or_suspended_fellow_has_no_feed() {
        Account dora = instance.createFellow("dora");
        instance.posts().post(dora, NewPost.publicText("soon gone"));
        assertEquals(200, instance.get("/@dora.rss").statusCode());

        instance.database().dsl().update(ACCOUNT).set(ACCOUNT.SUSPENDED_AT, OffsetDateTime.now())
                .where(ACCOUNT.ID.eq(dora.id())).execute();
        assertEquals(410, instance.get("/@dora.rss").statusCode());
        assertEquals(410, instance.get("/@dora.atom").statusCode());

        instance.database().dsl().update(ACCOUNT).setNull(ACCOUNT.SUSPENDED_AT)
                .set(ACCOUNT.DELETED_AT, OffsetDateTime.now()).where(ACCOUNT.ID.eq(dora.id())).execute();
        HttpResponse<String> gone = instance.get("/@dora.rss");
        assertEquals(410, gone.statusCode());
        assertTrue(gone.body().contains("has left"), gone.body());
    }
}
