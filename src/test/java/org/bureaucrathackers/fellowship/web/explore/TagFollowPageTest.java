package org.bureaucrathackers.fellowship.web.explore;

import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.csrf;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.fellow;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.page;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Following a hashtag from its page: the button only for a signed-in fellow, follow and unfollow through the same
 * tag follows the Mastodon API reads, a form without its token refused; the page keeps its posts, paging and
 * alternate links, and ActivityPub clients still get the collection.
 */
class TagFollowPageTest {

    static TestInstance instance;
    static Account alice;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        alice = fellow(instance, "tf_alice", "Alice", false);
        instance.posts().post(alice, NewPost.publicText("Open data for every permit. #OpenData"));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static List<String> followedTags(Account fellow) {
        ApiClient api = ApiClient.of(instance, fellow, "read");
        List<String> names = new java.util.ArrayList<>();
        ApiClient.json(api.get("/api/v1/followed_tags")).forEach(tag -> names.add(tag.get("name").asText()));
        return names;
    }

    @Test
    void the_page_keeps_its_posts_and_alternates_and_offers_no_button_to_visitors() {
        Document page = page(new Browser(instance).get("/tags/opendata"), 200);
        assertTrue(page.select(".post").text().contains("Open data for every permit."));
        assertEquals(instance.base() + "/tags/opendata",
                page.selectFirst("link[rel=alternate][type=application/activity+json]").attr("href"));
        assertNotNull(page.selectFirst("link[rel=alternate][type=application/rss+xml]"));
        assertNotNull(page.selectFirst("link[rel=alternate][type=application/atom+xml]"));
        assertTrue(page.select("form[action$=/follow]").isEmpty());
        HttpResponse<String> collection = instance.get("/tags/opendata", "Accept", "application/activity+json");
        assertEquals("OrderedCollection", ApiClient.json(collection).get("type").asText());
    }

    @Test
    void a_fellow_follows_and_unfollows_a_hashtag_from_its_page() {
        Account fellow = fellow(instance, "tf_bob", null, false);
        Browser browser = signedIn(instance, fellow);
        Document page = page(browser.get("/tags/OpenData"), 200);
        assertEquals("Follow #opendata", page.selectFirst("form[action=/tags/opendata/follow] button").text());

        HttpResponse<String> followed = browser.post("/tags/opendata/follow", List.of("csrf_token", csrf(page)));
        assertEquals(303, followed.statusCode());
        assertEquals("/tags/opendata", followed.headers().firstValue("Location").orElseThrow());
        assertEquals(List.of("opendata"), followedTags(fellow));

        Document following = page(browser.follow(followed), 200);
        assertTrue(following.selectFirst("[role=status]").text().startsWith("You follow #opendata"));
        HttpResponse<String> unfollowed = browser.post(following.selectFirst("form[action$=/unfollow]").attr("action"),
                List.of("csrf_token", csrf(following)));
        assertEquals(303, unfollowed.statusCode());
        assertEquals(List.of(), followedTags(fellow));
    }

    @Test
    void a_form_without_its_token_follows_nothing() {
        Account fellow = fellow(instance, "tf_carol", null, false);
        Browser browser = signedIn(instance, fellow);
        assertEquals(403, browser.post("/tags/opendata/follow", List.of()).statusCode());
        assertEquals(403, browser.post("/tags/opendata/follow", List.of("csrf_token", "1999999999.forged"))
                .statusCode());
        assertEquals(List.of(), followedTags(fellow));
        String token = csrf(page(browser.get("/tags/opendata"), 200));
        assertEquals(404, browser.post("/tags/2024/follow", List.of("csrf_token", token)).statusCode());
    }
}
