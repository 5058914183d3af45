package org.bureaucrathackers.fellowship.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The timeline, thread, notifications and bookmarks pages over real HTTP, with their visibility rules and paging. */
class TimelinePagesTest {

    static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void the_signed_in_pages_send_a_signed_out_visitor_to_sign_in_and_back() {
        Browser anonymous = new Browser(instance);
        for (String path : List.of("/home", "/notifications", "/bookmarks", "/home?max_id=5")) {
            HttpResponse<String> answer = anonymous.get(path);
            assertEquals(303, answer.statusCode(), path);
            assertEquals("/auth/sign_in?return_to=" + java.net.URLEncoder.encode(path,
                    java.nio.charset.StandardCharsets.UTF_8), answer.headers().firstValue("Location").orElse(""), path);
        }
    }

    @Test
    void home_shows_the_fellow_and_the_accounts_they_follow_and_nobody_else() {
        Account alice = fellow();
        Account bob = fellow();
        Account carol = fellow();
        instance.follows().follow(alice, bob);
        post(alice, "alice own words", Status.Visibility.PUBLIC);
        post(bob, "bob for followers", Status.Visibility.PRIVATE);
        post(carol, "carol not followed", Status.Visibility.PUBLIC);

        Document home = page(signedIn(alice), "/home");
        String text = home.select("main").text();
        assertTrue(text.contains("alice own words"), text);
        assertTrue(text.contains("bob for followers"), text);
        assertFalse(text.contains("carol not followed"), text);
        assertEquals(1, home.select("h1").size());
    }

    @Test
    void the_public_pages_show_public_posts_signed_out_and_never_private_ones() {
        Account dora = fellow();
        post(dora, "dora says hello to everyone", Status.Visibility.PUBLIC);
        post(dora, "dora speaks to followers only", Status.Visibility.PRIVATE);
        post(dora, "dora unlisted note", Status.Visibility.UNLISTED);
        for (String path : List.of("/public/local", "/public")) {
            HttpResponse<String> answer = new Browser(instance).get(path);
            assertEquals(200, answer.statusCode(), path);
            String text = Jsoup.parse(answer.body()).select("main").text();
            assertTrue(text.contains("dora says hello to everyone"), path + ": " + text);
            assertFalse(text.contains("dora speaks to followers only"), path);
            assertFalse(text.contains("dora unlisted note"), path);
            assertTrue(Jsoup.parse(answer.body()).select("form[action^=/statuses/]").isEmpty(), "no actions signed out");
        }
        Document signedIn = page(signedIn(fellow()), "/public/local");
        assertFalse(signedIn.select("main").text().contains("dora speaks to followers only"));
        assertFalse(signedIn.select("form[action$=/favourite]").isEmpty());
    }

    @Test
    void paging_links_lead_to_older_and_back_to_newer_posts() {
        Account erin = fellow();
        Status first = post(erin, "erin first", Status.Visibility.PUBLIC);
        Status second = post(erin, "erin second", Status.Visibility.PUBLIC);
        Status third = post(erin, "erin third", Status.Visibility.PUBLIC);
        Browser browser = signedIn(erin);

        Document newest = page(browser, "/home?limit=2");
        assertEquals(List.of(third.id(), second.id()), ids(newest));
        Element older = newest.selectFirst("a[rel=next]");
        assertNotNull(older, newest.html());
        assertEquals("/home?limit=2&max_id=" + second.id(), older.attr("href"));
        assertTrue(newest.select("a[rel=prev]").isEmpty(), "the newest page has no newer page");

        Document oldest = page(browser, older.attr("href"));
        assertEquals(List.of(first.id()), ids(oldest));
        assertTrue(oldest.select("a[rel=next]").isEmpty());
        Element newer = oldest.selectFirst("a[rel=prev]");
        assertNotNull(newer);
        assertEquals(List.of(third.id(), second.id()), ids(page(browser, newer.attr("href"))));

        assertEquals(400, browser.get("/home?max_id=not-an-id").statusCode());
        HttpResponse<String> badLimit = browser.get("/public?limit=lots");
        assertEquals(400, badLimit.statusCode());
        assertTrue(badLimit.body().contains("limit a whole number"), badLimit.body());
        assertEquals(3, ids(page(browser, "/home?limit=100000")).size());
    }

    @Test
    void a_thread_shows_what_its_visitor_may_see_around_the_current_post() {
        Account fay = fellow();
        Account gus = fellow();
        Account follower = fellow();
        Account stranger = fellow();
        instance.follows().follow(follower, gus);
        Status root = post(fay, "fay starts a thread", Status.Visibility.PUBLIC);
        Status open = instance.posts().post(gus, new NewPost("gus answers openly", Status.Visibility.PUBLIC,
                root.uri(), null, null));
        instance.posts().post(gus, new NewPost("gus answers his followers", Status.Visibility.PRIVATE, root.uri(),
                null, null));
        String rootPath = "/@" + fay.username() + "/" + root.id();

        Document signedOut = Jsoup.parse(new Browser(instance).get(rootPath).body());
        assertTrue(signedOut.select(".thread-replies").text().contains("gus answers openly"));
        assertFalse(signedOut.text().contains("gus answers his followers"));
        assertEquals(root.uri(), signedOut.selectFirst("link[rel=alternate][type=application/activity+json]")
                .attr("href"));
        assertEquals("page", signedOut.selectFirst("div#post-" + root.id()).attr("aria-current"));

        assertFalse(page(signedIn(stranger), rootPath).text().contains("gus answers his followers"));
        Document asFollower = page(signedIn(follower), rootPath);
        assertTrue(asFollower.select(".thread-replies").text().contains("gus answers his followers"));

        Document reply = Jsoup.parse(new Browser(instance).get("/@" + gus.username() + "/" + open.id()).body());
        assertTrue(reply.select(".thread-ancestors").text().contains("fay starts a thread"));
        assertEquals("page", reply.selectFirst("div#post-" + open.id()).attr("aria-current"));
        assertTrue(reply.selectFirst("div#post-" + root.id()).attr("aria-current").isEmpty());
    }

    @Test
    void a_followers_only_post_has_a_page_only_for_those_who_may_see_it() {
        Account hal = fellow();
        Account follower = fellow();
        instance.follows().follow(follower, hal);
        Status hidden = post(hal, "hal for followers", Status.Visibility.PRIVATE);
        String path = "/@" + hal.username() + "/" + hidden.id();
        assertEquals(404, new Browser(instance).get(path).statusCode());
        assertEquals(404, signedIn(fellow()).get(path).statusCode());
        HttpResponse<String> seen = signedIn(follower).get(path);
        assertEquals(200, seen.statusCode());
        assertTrue(seen.body().contains("hal for followers"));
        assertEquals("no-store", seen.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void notifications_say_who_did_what_and_link_to_the_account_and_the_post() {
        Account ida = fellow();
        Account jon = fellow();
        Account kim = fellow();
        Status liked = post(ida, "ida writes something likeable", Status.Visibility.PUBLIC);
        instance.follows().follow(kim, ida);
        instance.interactions().like(jon, liked);

        Browser browser = signedIn(ida);
        Document all = page(browser, "/notifications");
        Element favourite = all.selectFirst("li.notification-favourite");
        assertNotNull(favourite, all.html());
        assertTrue(favourite.text().contains("favourited your post"), favourite.text());
        assertFalse(favourite.select("a[href$=/@" + jon.username() + "]").isEmpty(), favourite.html());
        assertFalse(favourite.select("a[href$=/@" + ida.username() + "/" + liked.id() + "]").isEmpty());
        Element follow = all.selectFirst("li.notification-follow");
        assertNotNull(follow);
        assertFalse(follow.select("a[href$=/@" + kim.username() + "]").isEmpty());

        Document first = page(browser, "/notifications?limit=1");
        assertEquals(1, first.select("li.notification").size());
        Element older = first.selectFirst("a[rel=next]");
        assertNotNull(older);
        Document second = page(browser, older.attr("href"));
        assertEquals(1, second.select("li.notification").size());
        assertFalse(second.selectFirst("li.notification").className()
                .equals(first.selectFirst("li.notification").className()));
    }

    @Test
    void bookmarks_list_what_the_fellow_bookmarked_and_page_by_bookmark() {
        Account lea = fellow();
        Account max = fellow();
        Status one = post(max, "max first bookmarkable", Status.Visibility.PUBLIC);
        Status two = post(max, "max second bookmarkable", Status.Visibility.PUBLIC);
        Browser browser = signedIn(lea);
        String thread = "/@" + max.username() + "/";
        assertEquals(303, act(browser, thread + one.id(), one, "bookmark").statusCode());
        assertEquals(303, act(browser, thread + two.id(), two, "bookmark").statusCode());

        Document bookmarks = page(browser, "/bookmarks");
        assertEquals(List.of(two.id(), one.id()), ids(bookmarks));
        Document first = page(browser, "/bookmarks?limit=1");
        assertEquals(List.of(two.id()), ids(first));
        assertEquals(List.of(one.id()), ids(page(browser, first.selectFirst("a[rel=next]").attr("href"))));
        assertTrue(page(signedIn(fellow()), "/bookmarks").select("div.post").isEmpty(), "bookmarks are private");
    }

    @Test
    void each_action_changes_the_store_and_goes_back_to_the_post() {
        Account ned = fellow();
        Account oli = fellow();
        Status status = post(oli, "oli posts for actions", Status.Visibility.PUBLIC);
        Browser browser = signedIn(ned);
        ApiClient api = ApiClient.of(instance, ned, "read");
        String path = "/@" + oli.username() + "/" + status.id();

        HttpResponse<String> favourited = act(browser, path, status, "favourite");
        assertEquals(303, favourited.statusCode());
        assertEquals(path + "#post-" + status.id(), favourited.headers().firstValue("Location").orElse(""));
        assertEquals(true, flag(api, status, "favourited"));
        Document after = page(browser, path);
        assertEquals("Unfavourite", after.selectFirst("form[action=/statuses/" + status.id() + "/unfavourite] button")
                .text());
        assertEquals(303, act(browser, path, status, "unfavourite").statusCode());
        assertEquals(false, flag(api, status, "favourited"));

        assertEquals(303, act(browser, path, status, "boost").statusCode());
        assertEquals(true, flag(api, status, "reblogged"));
        assertEquals(303, act(browser, path, status, "unboost").statusCode());
        assertEquals(false, flag(api, status, "reblogged"));

        assertEquals(303, act(browser, path, status, "bookmark").statusCode());
        assertEquals(true, flag(api, status, "bookmarked"));
        assertEquals("Remove bookmark", page(browser, path)
                .selectFirst("form[action=/statuses/" + status.id() + "/unbookmark] button").text());
        assertEquals(303, act(browser, path, status, "unbookmark").statusCode());
        assertEquals(false, flag(api, status, "bookmarked"));
    }

    @Test
    void an_action_without_its_token_is_refused_and_changes_nothing() {
        Account pia = fellow();
        Status status = post(fellow(), "post nobody may like by forgery", Status.Visibility.PUBLIC);
        Browser browser = signedIn(pia);
        HttpResponse<String> refused = browser.post("/statuses/" + status.id() + "/favourite",
                List.of("return_to", "/home"));
        assertEquals(403, refused.statusCode());
        HttpResponse<String> forged = browser.post("/statuses/" + status.id() + "/bookmark",
                List.of("csrf_token", "forged", "return_to", "/home"));
        assertEquals(403, forged.statusCode());
        ApiClient api = ApiClient.of(instance, pia, "read");
        assertEquals(false, flag(api, status, "favourited"));
        assertEquals(false, flag(api, status, "bookmarked"));
    }

    @Test
    void an_unknown_or_hidden_post_is_a_404_page_and_a_foreign_return_path_goes_home() {
        Account quinn = fellow();
        Account rae = fellow();
        Status hidden = post(rae, "rae only for followers", Status.Visibility.PRIVATE);
        Status open = post(rae, "rae open post", Status.Visibility.PUBLIC);
        Browser browser = signedIn(quinn);
        String token = token(page(browser, "/public/local"));
        for (String id : List.of("999999999", "abc", Long.toString(hidden.id()))) {
            HttpResponse<String> answer = browser.post("/statuses/" + id + "/bookmark",
                    List.of("csrf_token", token, "return_to", "/home"));
            assertEquals(404, answer.statusCode(), id);
            assertEquals(1, Jsoup.parse(answer.body()).select("h1").size());
        }
        assertTrue(page(browser, "/bookmarks").select("div.post").isEmpty(), "nothing was bookmarked");
        instance.follows().follow(quinn, rae);
        HttpResponse<String> notBoostable = browser.post("/statuses/" + hidden.id() + "/boost",
                List.of("csrf_token", token, "return_to", "/home"));
        assertEquals(422, notBoostable.statusCode());
        assertEquals(false, flag(ApiClient.of(instance, quinn, "read"), hidden, "reblogged"));
        HttpResponse<String> away = browser.post("/statuses/" + open.id() + "/bookmark",
                List.of("csrf_token", token, "return_to", "//elsewhere.example/"));
        assertEquals(303, away.statusCode());
        assertEquals("/", away.headers().firstValue("Location").orElse(""));
    }

    @Test
    void a_post_shows_its_media_with_alt_text_its_content_warning_and_its_language() {
        Account sam = fellow();
        ApiClient api = ApiClient.of(instance, sam, "read write");
        String media = ApiClient.ok(api.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "plan.png", "image/png", TestImages.transparentPng(64, 32))
                .field("description", "Floor plan <of> the new office"))).get("id").asText();
        JsonNode status = ApiClient.ok(api.postJson("/api/v1/statuses", Map.of("status", "Le nouveau bureau",
                "spoiler_text", "Travaux", "language", "fr", "media_ids", List.of(media))));
        Document thread = page(signedIn(sam), "/@" + sam.username() + "/" + status.get("id").asText());
        Element article = thread.selectFirst("div#post-" + status.get("id").asText());
        assertEquals("Travaux", article.selectFirst("details > summary").text());
        assertEquals("fr", article.selectFirst("details .e-content").attr("lang"));
        Element image = article.selectFirst("details ul.media img");
        assertNotNull(image, article.html());
        assertEquals("Floor plan <of> the new office", image.attr("alt"));
        assertTrue(image.attr("src").startsWith(instance.base() + "/"), image.attr("src"));
        assertTrue(image.parent().is("a[href]"), "a link to the original");
        assertFalse(article.select("a[href=/publish?edit=" + status.get("id").asText() + "]").isEmpty());
        assertFalse(article.select("a[href=/statuses/" + status.get("id").asText() + "/delete]").isEmpty());
    }

    // --- helpers

    static Account fellow() {
        return instance.fellows().create(new FellowService.NewFellow("tl" + NEXT.incrementAndGet(), null, PASSWORD,
                null, false));
    }

    static Status post(Account author, String text, Status.Visibility visibility) {
        return instance.posts().post(author, new NewPost(text, visibility, null, null, null));
    }

    static Browser signedIn(Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> response = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, response.statusCode(), response.body());
        assertNotNull(browser.cookie(BrowserSessions.COOKIE));
        return browser;
    }

    static Document page(Browser browser, String path) {
        HttpResponse<String> answer = browser.get(path);
        assertEquals(200, answer.statusCode(), path + ": " + answer.body());
        return Jsoup.parse(answer.body());
    }

    /** The ids of the posts a list page shows, in order. */
    static List<Long> ids(Document page) {
        List<Long> ids = new ArrayList<>();
        for (Element article : page.select("main div.post")) {
            ids.add(Long.parseLong(article.id().substring("post-".length())));
        }
        return ids;
    }

    static String token(Document page) {
        return page.selectFirst("input[name=csrf_token]").attr("value");
    }

    /** Submits the {@code action} form of {@code status} on the page at {@code path}, as a browser would. */
    static HttpResponse<String> act(Browser browser, String path, Status status, String action) {
        Document page = page(browser, path);
        Element form = page.selectFirst("form[action=/statuses/" + status.id() + "/" + action + "]");
        assertNotNull(form, action + " on " + path);
        List<String> fields = new ArrayList<>();
        for (Element input : form.select("input[type=hidden]")) {
            fields.add(input.attr("name"));
            fields.add(input.attr("value"));
        }
        return browser.post(form.attr("action"), fields);
    }

    static boolean flag(ApiClient api, Status status, String name) {
        return ApiClient.ok(api.get("/api/v1/statuses/" + status.id())).path(name).asBoolean();
    }
}
