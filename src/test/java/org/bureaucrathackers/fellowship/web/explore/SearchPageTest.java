package org.bureaucrathackers.fellowship.web.explore;

import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.fellow;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.page;
import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.signedIn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.PracticeExamples;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /search} over HTTP: a fellow, a practice, a hashtag and a post found in their sections; an empty query
 * shows the form only; an oversized one is a 422 with the message next to the field; a remote handle is looked up
 * on its server (a second instance) for a signed-in fellow, and never for a visitor who is not signed in.
 */
class SearchPageTest {

    static TestInstance a;
    static TestInstance b;
    static Account olena;

    @BeforeAll
    static void start() {
        a = TestInstance.start();
        b = TestInstance.start();
        olena = fellow(a, "sp_olena", "Olena Kovalenko", false);
        ApiClient.ok(ApiClient.of(a, olena, "read write").postJson("/api/fellowship/v1/practices",
                PracticeExamples.practice()));
        a.posts().post(olena, NewPost.publicText("Opening hours of the registry change in March. #opendata"));
        fellow(b, "sp_bob", "Bob on the other server", false);
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    private static Document search(Browser browser, String query, int status) {
        return page(browser.get("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)), status);
    }

    private static List<String> section(Document page, String heading) {
        Element section = page.getElementById(heading).parent();
        return section.select("li, .post").eachText();
    }

    @Test
    void a_query_finds_a_fellow_a_practice_a_hashtag_and_a_post() {
        Browser visitor = new Browser(a);
        Document fellows = search(visitor, "Olena", 200);
        assertTrue(section(fellows, "fellows-heading").get(0).contains("Olena Kovalenko"));
        assertEquals("/@sp_olena", fellows.selectFirst("#fellows-heading ~ ul a").attr("href")
                .replace(a.base(), ""));

        Document practices = search(visitor, "permits", 200);
        assertTrue(section(practices, "practices-heading").get(0).contains("Permits in a day"),
                section(practices, "practices-heading").toString());

        Document tags = search(visitor, "#opendata", 200);
        assertEquals("/tags/opendata", tags.selectFirst("#hashtags-heading ~ ul a").attr("href"));
        assertEquals("#opendata", tags.selectFirst("#hashtags-heading ~ ul a").text());

        Document posts = search(signedIn(a, olena), "registry", 200);
        assertTrue(section(posts, "posts-heading").get(0).contains("Opening hours of the registry"),
                section(posts, "posts-heading").toString());
    }

    @Test
    void an_empty_query_shows_the_form_only_and_an_oversized_one_is_refused() {
        Browser visitor = new Browser(a);
        Document empty = page(visitor.get("/search"), 200);
        assertTrue(empty.select("h2").isEmpty());
        assertEquals(1, empty.select("form[action=/search] input#q").size());

        Document tooLong = search(visitor, "x".repeat(201), 422);
        assertEquals("true", tooLong.getElementById("q").attr("aria-invalid"));
        assertTrue(tooLong.getElementById("q").attr("aria-describedby").contains("q-error"));
        assertEquals("Enter at most 200 characters and 8 words.", tooLong.getElementById("q-error").text());
        assertEquals("x".repeat(201), tooLong.getElementById("q").val(), "the field keeps what was typed");
        Document manyWords = search(visitor, "one two three four five six seven eight nine", 422);
        assertEquals("#q", manyWords.selectFirst("[role=alert] a").attr("href"));
    }

    @Test
    void a_remote_handle_is_looked_up_for_a_signed_in_fellow_and_never_for_a_visitor() {
        String handle = "@sp_bob@" + b.domain();
        String bobUri = b.uris().actor("sp_bob");
        JooqAccountStore accountsOfA = new JooqAccountStore(a.database());

        Document anonymous = search(new Browser(a), handle, 200);
        assertTrue(section(anonymous, "fellows-heading").isEmpty(), section(anonymous, "fellows-heading").toString());
        assertFalse(accountsOfA.findByUri(bobUri).isPresent(), "a visitor made the server fetch the handle");

        Document resolved = search(signedIn(a, olena), handle, 200);
        List<String> fellows = section(resolved, "fellows-heading");
        assertEquals(1, fellows.size(), fellows.toString());
        assertTrue(fellows.get(0).contains("Bob on the other server") && fellows.get(0).contains("sp_bob@" + b.domain()),
                fellows.get(0));
        assertTrue(accountsOfA.findByUri(bobUri).isPresent());
    }
}
