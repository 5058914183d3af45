package org.bureaucrathackers.fellowship.web.profile;

import static org.bureaucrathackers.fellowship.testing.ApiClient.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.PracticeExamples;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The profile page of a fellow over HTTP: the structured profile (escaped), practices, counts, and following and
 * unfollowing from the page with the form token; visitors follow from their own server; /follow hands a handle
 * to /authorize_interaction.
 */
class ProfilePagesTest {

    private static final String PASSWORD = "correct horse battery";

    static TestInstance instance;
    static Account olena;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        olena = fellow("olena", "Olena <i>K</i>");
        instance.profiles().update(olena, new ProfileChanges(null, null, null, null), new FellowProfileChanges()
                .set("organisation", "Ministry of <b>Digital</b> Transformation")
                .set("organisation_type", "government")
                .set("role", "Head of service design")
                .set("country", "UA")
                .set("government_level", "national")
                .set("sector", "public-services")
                .themes(List.of("opendata", "procurement"))
                .set("aims", "Every permit online <script>x()</script>"));
        ok(ApiClient.of(instance, olena, "read write").postJson("/api/fellowship/v1/practices",
                PracticeExamples.practice()));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void the_structured_profile_practices_and_counts_are_shown_escaped() {
        HttpResponse<String> page = new Browser(instance).get("/@olena");

        assertEquals(200, page.statusCode(), page.body());
        Document html = Jsoup.parse(page.body());
        String work = html.select("section[aria-labelledby=work-heading]").text();
        assertTrue(work.contains("Ministry of <b>Digital</b> Transformation"), work);
        assertFalse(page.body().contains("<b>Digital"), "text is escaped");
        assertFalse(page.body().contains("<script>x()"), "aims are escaped");
        assertTrue(work.contains("Ukraine"), work);
        assertTrue(work.contains("Head of service design"), work);
        assertTrue(work.contains("National"), work);
        assertTrue(work.contains("Government"), work);
        assertNotNull(html.selectFirst("a[href=/tags/opendata][rel=tag]"), page.body());
        Element practices = html.selectFirst("section[aria-labelledby=practices-heading]");
        assertEquals(1, practices.select("li a").size(), practices.outerHtml());
        assertTrue(practices.selectFirst("li a").attr("href").contains("/@olena/"), practices.outerHtml());
        assertTrue(html.select("ul.counts").text().contains("1 post"), html.select("ul.counts").text());
        assertTrue(html.select("ul.counts").text().contains("0 following"), html.select("ul.counts").text());
        assertNotNull(html.selectFirst("link[rel=alternate][type=application/rss+xml]"));
        assertNotNull(html.selectFirst("link[rel=alternate][type=application/activity+json]"));
        // A visitor is offered to follow from their own server, not a button.
        assertNotNull(html.selectFirst("form[action=/@olena/remote_follow] input#remote-follow-acct[name=acct]"));
        assertTrue(html.select("form[method=post][action$=/follow]").isEmpty());
    }

    @Test
    void in_french_the_counts_and_words_are_french() {
        HttpResponse<String> page = new Browser(instance).getWithHeader("/@olena", "Accept-Language", "fr");

        Document html = Jsoup.parse(page.body());
        assertTrue(html.select("section[aria-labelledby=work-heading]").text().contains("Échelon administratif"));
        assertTrue(html.select("ul.counts").text().contains("1 publication"), html.select("ul.counts").text());
    }

    @Test
    void a_signed_in_fellow_follows_and_unfollows_from_the_page() {
        Account alice = fellow("alice", null);
        Browser browser = signedIn(alice);

        HttpResponse<String> page = browser.get("/@olena");
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> followed = browser.submit(page);
        assertEquals(303, followed.statusCode(), followed.body());
        assertEquals("/@olena", followed.headers().firstValue("Location").orElseThrow());
        assertTrue(instance.follows().isFollowing(alice, olena));
        HttpResponse<String> after = browser.follow(followed);
        assertTrue(Jsoup.parse(after.body()).select("[role=status]").text().contains("You follow @olena@"),
                after.body());

        HttpResponse<String> unfollowed = browser.submit(after);
        assertEquals(303, unfollowed.statusCode(), unfollowed.body());
        assertFalse(instance.follows().isFollowing(alice, olena));
    }

    @Test
    void following_a_locked_fellow_is_a_request_the_page_says_so() {
        Account taras = fellow("taras", null);
        instance.profiles().update(taras, new ProfileChanges(null, null, null, true));
        Account carol = fellow("carol", null);
        Browser browser = signedIn(carol);

        HttpResponse<String> followed = browser.submit(browser.get("/@taras"));

        assertEquals(303, followed.statusCode(), followed.body());
        assertFalse(instance.follows().isFollowing(carol, taras));
        assertTrue(instance.follows().hasPendingRequest(taras, carol));
        String status = Jsoup.parse(browser.follow(followed).body()).select("[role=status]").text();
        assertTrue(status.contains("You asked to follow @taras@"), status);
    }

    @Test
    void a_follow_without_the_form_token_is_refused_and_changes_nothing() {
        Account dmytro = fellow("dmytro", null);
        Browser browser = signedIn(dmytro);

        HttpResponse<String> refused = browser.post("/@olena/follow", List.of());

        assertEquals(403, refused.statusCode(), refused.body());
        assertFalse(instance.follows().isFollowing(dmytro, olena));
    }

    @Test
    void signed_out_visitors_are_sent_to_sign_in_first() {
        Browser browser = new Browser(instance);
        for (String path : List.of("/follow", "/settings/profile")) {
            HttpResponse<String> response = browser.get(path);
            assertEquals(303, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Location").orElseThrow().startsWith("/auth/sign_in?return_to="),
                    path);
        }
        HttpResponse<String> follow = browser.post("/@olena/follow", List.of("csrf_token", "x"));
        assertEquals(303, follow.statusCode(), follow.body());
        assertTrue(follow.headers().firstValue("Location").orElseThrow().startsWith("/auth/sign_in"));
    }

    @Test
    void a_visitor_follows_from_their_own_server() {
        Browser browser = new Browser(instance);

        HttpResponse<String> away = browser.get("/@olena/remote_follow?acct=" + "me%40city.example");

        assertEquals(303, away.statusCode(), away.body());
        assertEquals("https://city.example/authorize_interaction?uri=acct%3Aolena%40"
                + instance.domain().replace(":", "%3A"), away.headers().firstValue("Location").orElseThrow());

        HttpResponse<String> bad = browser.get("/@olena/remote_follow?acct=nonsense");
        assertEquals(422, bad.statusCode(), bad.body());
        Document html = Jsoup.parse(bad.body());
        Element field = html.selectFirst("#remote-follow-acct");
        assertEquals("true", field.attr("aria-invalid"));
        assertTrue(field.attr("aria-describedby").contains("remote-follow-error"));
        assertNotNull(html.selectFirst("[role=alert] a[href=#remote-follow-acct]"), bad.body());
    }

    @Test
    void the_follow_page_hands_a_handle_to_the_interaction_page() {
        Account petro = fellow("petro", null);
        Browser browser = signedIn(petro);

        HttpResponse<String> own = browser.get("/@petro");
        assertNotNull(Jsoup.parse(own.body()).selectFirst("form[action=/follow] input#follow-acct[name=acct]"),
                "the own profile offers to follow by handle");
        assertEquals(200, browser.get("/follow").statusCode());

        HttpResponse<String> handed = browser.get("/follow?acct=olena%40" + instance.domain());
        assertEquals(303, handed.statusCode(), handed.body());
        assertEquals("/authorize_interaction?uri=olena%40" + instance.domain().replace(":", "%3A"),
                handed.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> confirm = browser.follow(handed);
        assertEquals(200, confirm.statusCode(), confirm.body());
        HttpResponse<String> done = browser.submit(confirm);
        assertTrue(done.body().contains("You now follow @olena@"), done.body());
        assertTrue(instance.follows().isFollowing(petro, olena));

        HttpResponse<String> bad = browser.get("/follow?acct=not+a+handle");
        assertEquals(422, bad.statusCode(), bad.body());
        assertEquals("true", Jsoup.parse(bad.body()).selectFirst("#follow-acct").attr("aria-invalid"));
    }

    @Test
    void the_outcomes_of_the_interaction_page_are_in_the_language_of_the_visit() {
        Account ivan = fellow("ivan", null);
        Browser browser = signedIn(ivan);
        browser.post("/settings/language", List.of("csrf_token", browser.cookie("fellowship_csrf") == null ? ""
                : csrf(browser.get("/@ivan")), "lang", "es", "return_to", "/"));

        HttpResponse<String> self = browser.get("/authorize_interaction?uri=ivan%40" + instance.domain());

        assertTrue(self.body().contains("Esta es su propia cuenta."), self.body());
    }

    @Test
    void unknown_profiles_are_a_page_that_says_so() {
        Browser browser = new Browser(instance);
        assertEquals(404, browser.get("/@nobody").statusCode());
        HttpResponse<String> remote = browser.get("/@someone@unknown.example");
        assertEquals(404, remote.statusCode(), remote.body());
        assertTrue(remote.body().contains("There is no such profile here."), remote.body());
    }

    private static String csrf(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).selectFirst("input[name=csrf_token]").attr("value");
    }

    static Account fellow(String username, String displayName) {
        return instance.fellows().create(new FellowService.NewFellow(username, displayName, PASSWORD, null, false));
    }

    static Browser signedIn(Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        return browser;
    }
}
