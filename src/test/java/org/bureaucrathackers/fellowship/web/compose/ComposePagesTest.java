package org.bureaucrathackers.fellowship.web.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.media.MediaLimits;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.session.BrowserSessions;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.store.JooqFollowStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.DeliveryJobs;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.PracticeExamples;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writing, replying to, editing and deleting posts through the web form, over real HTTP. */
class ComposePagesTest {

    private static final String PASSWORD = "correct horse battery";
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
    void a_post_is_published_with_its_warning_language_and_visibility_then_shown_on_its_page() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        Document form = Jsoup.parse(browser.get("/publish").body());
        assertEquals("5000", form.getElementById("status-hint").text().replaceAll("\\D", ""));
        assertEquals(4, form.select("fieldset#visibility input[type=radio]").size());
        assertNotNull(form.selectFirst("fieldset#visibility legend"));
        assertEquals("en", form.selectFirst("#language option[selected]").attr("value"));

        HttpResponse<String> published = ComposeForms.send(instance, browser, "/publish",
                ComposeForms.from(browser.get("/publish")).field("status", "Registry opening hours change in March")
                        .field("spoiler_text", "Office hours").field("visibility", "unlisted").field("language", "fr"));

        assertEquals(303, published.statusCode(), published.body());
        String location = published.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith("/@" + alice.username() + "/"), location);
        Status status = instance.posts().find(instance.url(location)).orElseThrow();
        assertEquals(Status.Visibility.UNLISTED, status.visibility());
        assertEquals("Office hours", status.spoilerText());
        assertEquals("fr", status.language());
        assertTrue(status.contentHtml().contains("Registry opening hours"), status.contentHtml());
        assertTrue(browser.follow(published).body().contains("Registry opening hours"));
    }

    @Test
    void a_form_sent_twice_publishes_once_and_keeps_no_second_upload() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        HttpResponse<String> page = browser.get("/publish");
        HttpResponse<String> first = ComposeForms.send(instance, browser, "/publish", filled(page, "Sent twice")
                .file("file_1", "a.png", "image/png", TestImages.transparentPng(12, 12)).field("description_1", "A"));
        String afterFirst = ComposeForms.stored(instance);
        HttpResponse<String> second = ComposeForms.send(instance, browser, "/publish", filled(page, "Sent twice")
                .file("file_1", "a.png", "image/png", TestImages.transparentPng(12, 12)).field("description_1", "A"));
        assertEquals(303, first.statusCode(), first.body());
        assertEquals(first.headers().firstValue("Location"), second.headers().firstValue("Location"));
        assertEquals(afterFirst, ComposeForms.stored(instance));
    }

    @Test
    void each_visibility_is_kept() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        for (Status.Visibility visibility : Status.Visibility.values()) {
            HttpResponse<String> published = ComposeForms.send(instance, browser, "/publish",
                    ComposeForms.from(browser.get("/publish")).field("status", "Seen by " + visibility)
                            .field("visibility", visibility.stored()).field("language", "en"));
            assertEquals(303, published.statusCode(), published.body());
            assertEquals(visibility, statusAt(published).visibility());
        }
    }

    @Test
    void a_reply_shows_the_post_prefills_the_mentions_and_is_no_wider_than_it() {
        Account alice = fellow();
        Account bob = fellow();
        Account carol = fellow();
        Status parent = instance.posts().post(bob, new NewPost("@" + carol.username() + " shall we meet <b>Tuesday</b>?",
                Status.Visibility.PRIVATE, null, null, "en"));
        instance.follows().follow(alice, bob);
        Browser browser = signedIn(alice);

        HttpResponse<String> page = browser.get("/publish?in_reply_to=" + parent.id());
        assertEquals(200, page.statusCode(), page.body());
        Document form = Jsoup.parse(page.body());
        assertTrue(form.selectFirst("section").text().contains("shall we meet"), page.body());
        assertTrue(form.select("section b, section script").isEmpty() || form.select("section script").isEmpty());
        assertEquals("@" + bob.username() + " @" + carol.username() + " ", form.getElementById("status").wholeText());
        List<String> offered = form.select("input[name=visibility]").eachAttr("value");
        assertEquals(List.of("private", "direct"), offered);
        assertEquals("private", form.selectFirst("input[name=visibility][checked]").attr("value"));

        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", ComposeForms.from(page)
                .field("status", "@" + bob.username() + " Tuesday works").field("visibility", "public")
                .field("language", "en")), "visibility");

        HttpResponse<String> replied = ComposeForms.send(instance, browser, "/publish", ComposeForms.from(page)
                .field("status", "@" + bob.username() + " Tuesday works").field("visibility", "private")
                .field("language", "en"));
        assertEquals(303, replied.statusCode(), replied.body());
        Status reply = statusAt(replied);
        assertEquals(parent.uri(), reply.inReplyToUri());
        assertEquals(Status.Visibility.PRIVATE, reply.visibility());
    }

    @Test
    void an_image_with_alt_text_is_published_and_its_alt_text_is_served() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        HttpResponse<String> published = ComposeForms.send(instance, browser, "/publish",
                ComposeForms.from(browser.get("/publish")).field("status", "The new waiting room")
                        .field("visibility", "public").field("language", "en")
                        .file("file_1", "room.png", "image/png", TestImages.transparentPng(40, 30))
                        .field("description_1", "A waiting room with six blue chairs"));
        assertEquals(303, published.statusCode(), published.body());
        Status status = statusAt(published);
        JsonNode json = ApiClient.json(ApiClient.anonymous(instance).get("/api/v1/statuses/" + status.id()));
        assertEquals(1, json.path("media_attachments").size(), json.toString());
        assertEquals("A waiting room with six blue chairs", json.path("media_attachments").path(0).path("description")
                .asText());
    }

    @Test
    void an_image_without_alt_text_is_refused_next_to_its_field_and_nothing_is_stored() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        HttpResponse<String> page = browser.get("/publish");
        String before = ComposeForms.stored(instance);
        HttpResponse<String> refused = ComposeForms.send(instance, browser, "/publish", ComposeForms.from(page)
                .field("status", "Our new form").field("visibility", "public").field("language", "en")
                .file("file_1", "form.png", "image/png", TestImages.transparentPng(20, 20))
                .field("description_1", "Page one of the form")
                .file("file_2", "form2.png", "image/png", TestImages.transparentPng(20, 20))
                .field("description_2", "  "));
        Document shown = ComposeForms.refusedAt(refused, "description-2");
        assertNull(shown.getElementById("description-1-error"));
        assertEquals("Page one of the form", shown.getElementById("description-1").wholeText());
        assertEquals("Our new form", shown.getElementById("status").wholeText());
        assertEquals(before, ComposeForms.stored(instance));

        HttpResponse<String> confirmed = ComposeForms.send(instance, browser, "/publish", ComposeForms.from(page)
                .field("status", "Our new form").field("visibility", "public").field("language", "en")
                .file("file_1", "form.png", "image/png", TestImages.transparentPng(20, 20))
                .field("without_description", "true"));
        assertEquals(303, confirmed.statusCode(), confirmed.body());
        List<Attachment> media = instance.posts().details(statusAt(confirmed)).attachments();
        assertEquals(1, media.size());
        assertNull(media.get(0).description());
    }

    @Test
    void every_other_bad_input_is_refused_next_to_its_field_and_nothing_is_stored() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        HttpResponse<String> page = browser.get("/publish");
        String before = ComposeForms.stored(instance);
        byte[] png = TestImages.transparentPng(10, 10);
        byte[] tooLarge = Arrays.copyOf(png, MediaLimits.MAX_IMAGE_BYTES + 1);

        ComposeForms.refusedAt(send(browser, page, "   ", "public", "en"), "status");
        ComposeForms.refusedAt(send(browser, page, "x".repeat(PostService.MAX_CHARACTERS + 1), "public", "en"),
                "status");
        ComposeForms.refusedAt(send(browser, page, "hello", "everyone", "en"), "visibility");
        ComposeForms.refusedAt(send(browser, page, "hello", "public", "xx"), "language");
        ComposeForms.refusedAt(send(browser, page, "hello", "public", "en-GB; drop"), "language");
        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", filled(page, "hello")
                .field("spoiler_text", "w".repeat(PostService.MAX_SPOILER + 1))), "spoiler_text");
        Multipart five = filled(page, "five images").field("without_description", "true");
        for (int slot = 1; slot <= 5; slot++) {
            five.file("file_" + slot, "p" + slot + ".png", "image/png", png);
        }
        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", five), "file-1");
        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", filled(page, "a document")
                .file("file_1", "minutes.pdf", "image/png", TestImages.pdf()).field("description_1", "Minutes")),
                "file-1");
        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", filled(page, "not an image")
                .file("file_2", "notes.png", "image/png", "just words".getBytes())
                .field("description_2", "Notes")), "file-2");
        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", filled(page, "too large")
                .file("file_1", "huge.png", "image/png", tooLarge).field("description_1", "Huge")), "file-1");
        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", filled(page, "a reply")
                .field("in_reply_to_id", "999999999999")), "status");
        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", filled(page, "a reply")
                .field("in_reply_to_id", "not-a-number")), "status");
        // A direct post between others is not there for alice to answer.
        Account bob = fellow();
        Account carol = fellow();
        Status hidden = instance.posts().post(bob, new NewPost("@" + carol.username() + " just us",
                Status.Visibility.DIRECT, null, null, "en"));
        String withHidden = ComposeForms.stored(instance);
        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", filled(page, "a reply")
                .field("in_reply_to_id", Long.toString(hidden.id()))), "status");
        assertEquals(withHidden, ComposeForms.stored(instance));
        assertEquals(404, browser.get("/publish?in_reply_to=" + hidden.id()).statusCode());
        assertFalse(before.isEmpty());
    }

    @Test
    void a_form_without_its_token_is_refused_and_stores_nothing() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        HttpResponse<String> page = browser.get("/publish");
        String before = ComposeForms.stored(instance);
        Multipart noToken = new Multipart().field("status", "forged").field("visibility", "public")
                .field("language", "en");
        assertEquals(403, ComposeForms.send(instance, browser, "/publish", noToken).statusCode());
        Multipart wrongToken = new Multipart().field("csrf_token", "1999999999.forged").field("status", "forged")
                .field("visibility", "public").field("language", "en")
                .file("file_1", "a.png", "image/png", TestImages.transparentPng(10, 10)).field("description_1", "a");
        assertEquals(403, ComposeForms.send(instance, browser, "/publish", wrongToken).statusCode());
        assertEquals(403, browser.post("/publish", List.of("status", "forged", "visibility", "public",
                "language", "en")).statusCode());
        Status own = instance.posts().post(alice, NewPost.publicText("keep me"));
        String withPost = ComposeForms.stored(instance);
        assertEquals(403, browser.post("/statuses/" + own.id() + "/delete", List.of()).statusCode());
        assertEquals(403, browser.post("/publish", List.of("edit", Long.toString(own.id()), "status", "changed",
                "language", "en")).statusCode());
        assertEquals(withPost, ComposeForms.stored(instance));
        assertFalse(before.equals(withPost));
        assertEquals(200, page.statusCode());
    }

    @Test
    void a_signed_out_visit_goes_to_sign_in_and_comes_back_to_the_form() {
        Account alice = fellow();
        Status parent = instance.posts().post(alice, NewPost.publicText("Anyone for coffee?"));
        Browser browser = new Browser(instance);
        HttpResponse<String> away = browser.get("/publish?in_reply_to=" + parent.id());
        assertEquals(303, away.statusCode());
        assertEquals("/auth/sign_in?return_to=%2Fpublish%3Fin_reply_to%3D" + parent.id(),
                away.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> signedIn = browser.submit(browser.follow(away), "username", alice.username(),
                "password", PASSWORD);
        assertEquals("/publish?in_reply_to=" + parent.id(), signedIn.headers().firstValue("Location").orElseThrow());
        assertEquals(200, browser.follow(signedIn).statusCode());

        Browser stranger = new Browser(instance);
        assertEquals(303, stranger.get("/statuses/" + parent.id() + "/delete").statusCode());
        assertEquals(303, stranger.post("/publish", List.of("status", "x")).statusCode());
    }

    @Test
    void a_post_is_edited_with_its_alt_text_and_others_posts_are_refused() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        HttpResponse<String> published = ComposeForms.send(instance, browser, "/publish",
                ComposeForms.from(browser.get("/publish")).field("status", "Queue at **desk 4**")
                        .field("visibility", "public").field("language", "en")
                        .file("file_1", "desk.png", "image/png", TestImages.transparentPng(30, 30))
                        .field("description_1", "A desk"));
        Status status = statusAt(published);

        HttpResponse<String> editPage = browser.get("/publish?edit=" + status.id());
        assertEquals(200, editPage.statusCode(), editPage.body());
        Document form = Jsoup.parse(editPage.body());
        assertEquals("Queue at **desk 4**", form.getElementById("status").wholeText());
        assertEquals("A desk", form.getElementById("description-1").wholeText());
        assertTrue(form.select("input[type=file], input[name=visibility]").isEmpty());

        ComposeForms.refusedAt(ComposeForms.send(instance, browser, "/publish", ComposeForms.from(editPage)
                .field("status", "y".repeat(PostService.MAX_CHARACTERS + 1)).field("language", "en")
                .field("description_1", "A desk with a queue")), "status");
        assertEquals("A desk", instance.posts().details(status).attachments().get(0).description());

        HttpResponse<String> edited = ComposeForms.send(instance, browser, "/publish", ComposeForms.from(editPage)
                .field("status", "Queue at **desk 5**").field("spoiler_text", "Queues").field("language", "de")
                .field("description_1", "A desk with a queue of four people"));
        assertEquals(303, edited.statusCode(), edited.body());
        assertEquals(ComposePage.pathOf(status.url()), edited.headers().firstValue("Location").orElseThrow());
        Status after = instance.posts().find(status.uri()).orElseThrow();
        assertTrue(after.contentHtml().contains("desk 5"), after.contentHtml());
        assertEquals("Queues", after.spoilerText());
        assertEquals("de", after.language());
        assertNotNull(after.editedAt());
        JsonNode json = ApiClient.json(ApiClient.anonymous(instance).get("/api/v1/statuses/" + status.id()));
        assertEquals("A desk with a queue of four people",
                json.path("media_attachments").path(0).path("description").asText(), json.toString());

        Account bob = fellow();
        Status bobs = instance.posts().post(bob, NewPost.publicText("Bob's post"));
        assertEquals(403, browser.get("/publish?edit=" + bobs.id()).statusCode());
        assertEquals(404, browser.get("/publish?edit=123456789").statusCode());
        assertEquals(404, browser.get("/publish?edit=abc").statusCode());
        String before = ComposeForms.stored(instance);
        String token = form.selectFirst("input[name=csrf_token]").attr("value");
        assertEquals(403, ComposeForms.send(instance, browser, "/publish", new Multipart().field("csrf_token", token)
                .field("edit", Long.toString(bobs.id())).field("status", "taken over").field("language", "en"))
                .statusCode());
        assertEquals(before, ComposeForms.stored(instance));
    }

    @Test
    void a_practice_post_is_edited_as_a_practice() {
        Account alice = fellow();
        String id = ApiClient.json(ApiClient.of(instance, alice, "read write")
                .postJson("/api/fellowship/v1/practices", PracticeExamples.practice())).path("id").asText();
        Browser browser = signedIn(alice);
        HttpResponse<String> page = browser.get("/publish?edit=" + id);
        assertEquals(422, page.statusCode(), page.body());
        Document shown = Jsoup.parse(page.body());
        assertNotNull(shown.selectFirst("[role=alert] a[href=\"/practices/" + id + "/edit\"]"), page.body());
        assertTrue(shown.select("form[action=/publish]").isEmpty());

        String token = shown.selectFirst("input[name=csrf_token]").attr("value");
        String before = ComposeForms.stored(instance);
        HttpResponse<String> refused = ComposeForms.send(instance, browser, "/publish", new Multipart()
                .field("csrf_token", token).field("edit", id).field("status", "rewritten").field("language", "en"));
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("/practices/" + id + "/edit"), refused.body());
        assertEquals(before, ComposeForms.stored(instance));
    }

    @Test
    void a_post_is_deleted_after_confirmation_and_its_delete_is_queued_for_remote_followers() {
        Account alice = fellow();
        Account watcher = Accounts.remote(alice.id() + 1_000_000, "watcher" + NEXT.incrementAndGet(), "watchers.example");
        new JooqAccountStore(instance.database()).insertRemote(watcher);
        new JooqFollowStore(instance.database()).insert(
                new Follow(alice.id() + 2_000_000, watcher.id(), alice.id(), Follow.State.ACCEPTED, null, Instant.now()));
        Status post = instance.posts().post(alice, NewPost.publicText("Short-lived announcement"));
        Browser browser = signedIn(alice);

        HttpResponse<String> confirm = browser.get("/statuses/" + post.id() + "/delete");
        assertEquals(200, confirm.statusCode(), confirm.body());
        assertTrue(Jsoup.parse(confirm.body()).select("main").text().contains("Short-lived announcement"));
        HttpResponse<String> deleted = browser.submit(confirm);
        assertEquals(303, deleted.statusCode(), deleted.body());
        assertTrue(deleted.headers().firstValue("Location").orElseThrow().startsWith("/@" + alice.username()));
        HttpResponse<String> profile = browser.follow(deleted);
        assertEquals("Your post was deleted.", org.jsoup.Jsoup.parse(profile.body()).select("[role=status]").text(),
                profile.body());
        assertFalse(new Browser(instance).follow(deleted).body().contains("Your post was deleted."),
                "only the fellow who deleted is told");
        assertEquals(Optional.empty(), instance.posts().find(post.uri()));
        List<String> jobs = DeliveryJobs.of(instance, instance.uris().statusDelete(post.uri()));
        assertEquals(1, jobs.size(), jobs.toString());
        assertTrue(jobs.get(0).endsWith("https://watchers.example/inbox"), jobs.toString());

        assertEquals(404, browser.get("/statuses/" + post.id() + "/delete").statusCode());
        Account bob = fellow();
        Status bobs = instance.posts().post(bob, NewPost.publicText("Not alice's"));
        assertEquals(403, browser.get("/statuses/" + bobs.id() + "/delete").statusCode());
        String before = ComposeForms.stored(instance);
        HttpResponse<String> refused = browser.submit(confirm);
        assertEquals(404, refused.statusCode());
        String token = Jsoup.parse(confirm.body()).selectFirst("input[name=csrf_token]").attr("value");
        assertEquals(403, browser.post("/statuses/" + bobs.id() + "/delete", List.of("csrf_token", token))
                .statusCode());
        assertEquals(404, browser.post("/statuses/nothing/delete", List.of("csrf_token", token)).statusCode());
        assertEquals(before, ComposeForms.stored(instance));
        assertTrue(instance.posts().find(bobs.uri()).isPresent());
    }

    private static HttpResponse<String> send(Browser browser, HttpResponse<String> page, String text,
                                             String visibility, String language) {
        return ComposeForms.send(instance, browser, "/publish", ComposeForms.from(page).field("status", text)
                .field("visibility", visibility).field("language", language));
    }

    private static Multipart filled(HttpResponse<String> page, String text) {
        return ComposeForms.from(page).field("status", text).field("visibility", "public").field("language", "en");
    }

    private static Status statusAt(HttpResponse<String> published) {
        assertEquals(303, published.statusCode(), published.body());
        return instance.posts().find(instance.url(published.headers().firstValue("Location").orElseThrow()))
                .orElseThrow();
    }

    static Account fellow() {
        return instance.fellows().create(new FellowService.NewFellow("compose" + NEXT.incrementAndGet(), null,
                PASSWORD, null, false));
    }

    static Browser signedIn(Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> response = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, response.statusCode(), response.body());
        assertNotNull(browser.cookie(BrowserSessions.COOKIE));
        return browser;
    }
}
