package org.bureaucrathackers.fellowship.web.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.HeadlessChromium;
import org.bureaucrathackers.fellowship.testing.PageAudit;
import org.bureaucrathackers.fellowship.testing.TestImages;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compose form in a real headless Chromium: a fellow publishes a post with an image and its description using
 * the keyboard-reachable controls only, and the compose, reply, edit and delete pages pass the page audit in
 * English, French and Spanish.
 */
@Tag("browser")
class ComposeBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    static TestInstance instance;
    static Account olena;
    static Status post;
    static Status othersPost;

    @TempDir
    Path files;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        olena = instance.fellows().create(new FellowService.NewFellow("olena", "Olena Kovalenko", PASSWORD, null,
                false));
        Account tomas = instance.fellows().create(new FellowService.NewFellow("tomas", "Tomás Ruiz", PASSWORD, null,
                false));
        post = instance.posts().post(olena, new NewPost("Plain-language letters cut calls by a third.",
                Status.Visibility.PUBLIC, null, "Results", "en"));
        othersPost = instance.posts().post(tomas, new NewPost("¿Alguien ha probado citas por SMS?",
                Status.Visibility.UNLISTED, null, null, "es"));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void a_fellow_publishes_a_post_with_a_described_image_in_chromium() {
        Path image = png("counter.png");
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.signIn("olena", PASSWORD);
            browser.visit("/publish");
            browser.type("status", "The counter now has a lowered desk.");
            browser.find("#file-1").sendKeys(image.toString());
            browser.click("form[action='/publish'] button[type=submit]");

            // No description and no confirmation: the form comes back with the message next to the field.
            assertEquals("/publish", browser.currentPath());
            assertTrue(browser.find("#description-1-error").isDisplayed());
            assertEquals("true", browser.find("#description-1").getAttribute("aria-invalid"));
            assertEquals("The counter now has a lowered desk.", browser.find("#status").getAttribute("value"));
            browser.assertAccessible("refused compose form");

            browser.find("#file-1").sendKeys(image.toString());
            browser.type("description-1", "A service counter with a lowered section for wheelchair users");
            browser.click("form[action='/publish'] button[type=submit]");

            String path = browser.currentPath();
            assertTrue(path.startsWith("/@olena/"), path);
            assertTrue(browser.text("main").contains("The counter now has a lowered desk."), browser.text("main"));
            String id = path.substring(path.lastIndexOf('/') + 1);
            JsonNode json = ApiClient.json(ApiClient.anonymous(instance).get("/api/v1/statuses/" + id));
            assertEquals("A service counter with a lowered section for wheelchair users",
                    json.path("media_attachments").path(0).path("description").asText(), json.toString());
        }
    }

    @Test
    void the_compose_reply_edit_and_delete_pages_pass_the_audit_in_every_language() {
        List<String> paths = List.of("/publish", "/publish?in_reply_to=" + othersPost.id(),
                "/publish?edit=" + post.id(), "/statuses/" + post.id() + "/delete");
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.signIn("olena", PASSWORD);
            for (String language : PageAudit.LANGUAGES) {
                PageAudit.switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                for (String path : paths) {
                    PageAudit.check(browser, instance, path, "signed-in-" + language);
                }
            }
            PageAudit.switchTo(browser, "en");
        }
    }

    private Path png(String name) {
        try {
            Path file = files.resolve(name);
            Files.write(file, TestImages.transparentPng(64, 48));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
