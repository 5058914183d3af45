package org.bureaucrathackers.fellowship.web.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.HeadlessChromium;
import org.bureaucrathackers.fellowship.testing.Multipart;
import org.bureaucrathackers.fellowship.testing.PageAudit;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The timelines, a thread, the notifications and bookmarks in a real headless Chromium, in English, French and
 * Spanish, signed out where they are public and signed in: axe-core finds no serious or critical violation, no
 * page asks another host for anything, none scrolls sideways at 320 px. Then a fellow bookmarks a post.
 */
@Tag("browser")
class TimelineBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    static TestInstance instance;
    static Account uma;
    static Account vic;
    static Status root;
    static long illustrated;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        uma = instance.fellows().create(new FellowService.NewFellow("uma", "Uma Okafor", PASSWORD, null, false));
        vic = instance.fellows().create(new FellowService.NewFellow("vic", "Vic Durand", PASSWORD, null, false));
        instance.follows().follow(uma, vic);
        instance.follows().follow(vic, uma);
        root = instance.posts().post(vic, NewPost.publicText("Our service design playbook is out. #opengov"));
        Status reply = instance.posts().post(uma, new NewPost("Bravo ! On l’adapte pour notre mairie.",
                Status.Visibility.PUBLIC, root.uri(), null, "fr"));
        instance.posts().post(vic, new NewPost("Thanks, tell me how it goes.", Status.Visibility.PRIVATE,
                reply.uri(), "Follow-up", null));
        ApiClient api = ApiClient.of(instance, vic, "read write");
        String media = ApiClient.ok(api.sendMultipart("POST", "/api/v2/media", new Multipart()
                .file("file", "plan.png", "image/png", TestImages.transparentPng(640, 320))
                .field("description", "A journey map with five steps"))).get("id").asText();
        JsonNode withMedia = ApiClient.ok(api.postJson("/api/v1/statuses",
                Map.of("status", "The journey map we used", "media_ids", List.of(media))));
        illustrated = withMedia.get("id").asLong();
        instance.interactions().like(vic, reply);
        instance.interactions().boost(vic, reply);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void every_timeline_page_passes_the_audit_signed_out_and_signed_in_in_every_language() {
        String thread = "/@vic/" + root.id();
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.visit("/public/local");
            for (String language : PageAudit.LANGUAGES) {
                PageAudit.switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                for (String path : List.of("/public/local", "/public", thread)) {
                    PageAudit.check(browser, instance, path, "timeline-signed-out-" + language);
                }
            }
            browser.signIn("uma", PASSWORD);
            for (String language : PageAudit.LANGUAGES) {
                PageAudit.switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                for (String path : List.of("/home", "/public/local", "/public", thread, "/notifications",
                        "/bookmarks")) {
                    PageAudit.check(browser, instance, path, "timeline-signed-in-" + language);
                }
            }
            PageAudit.switchTo(browser, "en");
        }
    }

    @Test
    void a_fellow_bookmarks_a_post_from_the_local_timeline_in_chromium() {
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.signIn("vic", PASSWORD);
            browser.visit("/public/local");
            String form = "form[action='/statuses/" + illustrated + "/bookmark'] button";
            assertEquals("Bookmark", browser.text(form));
            browser.click(form);
            assertEquals("/public/local", browser.currentPath());
            assertEquals("Remove bookmark",
                    browser.text("form[action='/statuses/" + illustrated + "/unbookmark'] button"));
            JsonNode bookmarks = ApiClient.ok(ApiClient.of(instance, vic, "read").get("/api/v1/bookmarks"));
            assertEquals(1, bookmarks.size());
            assertEquals(Long.toString(illustrated), bookmarks.get(0).get("id").asText());

            browser.visit("/bookmarks");
            assertTrue(browser.text("main").contains("The journey map we used"), browser.text("main"));
            assertEquals("A journey map with five steps",
                    browser.find("#post-" + illustrated + " ul.media img").getAttribute("alt"));
        }
    }
}
