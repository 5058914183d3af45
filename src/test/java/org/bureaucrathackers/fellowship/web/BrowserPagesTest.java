package org.bureaucrathackers.fellowship.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.HeadlessChromium;
import org.bureaucrathackers.fellowship.testing.PageAudit;
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
    private static final List<String> LANGUAGES = PageAudit.LANGUAGES;

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

    private static long registerApp() {
        return org.bureaucrathackers.fellowship.testing.ApiClient.json(org.bureaucrathackers.fellowship.testing.ApiClient
                .anonymous(instance).postForm("/api/v1/apps", "client_name", "Registry Reader", "redirect_uris",
                        "urn:ietf:wg:oauth:2.0:oob", "scopes", "read")).path("id").asLong();
    }

    private static List<String> signedOutPages() {
        return List.of("/", "/@alice", "/@alice/" + post.id(), "/tags/opendata", "/auth/sign_in", "/nothing-here");
    }

    @Test
    void every_page_passes_axe_signed_out_in_every_language() {
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            for (String language : LANGUAGES) {
                browser.visit("/");
                switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                for (String path : signedOutPages()) {
                    check(browser, path, "signed-out-" + language);
                }
            }
        }
    }

    @Test
    void every_page_passes_axe_signed_in_in_every_language() {
        instance.tokens().issue(alice.id(), registerApp(), java.util.Set.of("read", "write"), false);
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.signIn("alice", PASSWORD);
            assertEquals("/", browser.currentPath());
            for (String language : LANGUAGES) {
                switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                for (String path : signedInPages()) {
                    check(browser, path, "signed-in-" + language);
                }
            }
            switchTo(browser, "en");
        }
    }

    @Test
    void a_fellow_signs_in_switches_to_french_and_revokes_an_app_in_chromium() {
        Account bob = instance.fellows().create(new FellowService.NewFellow("bob", null, PASSWORD, null, false));
        long app = registerApp();
        instance.tokens().issue(bob.id(), app, java.util.Set.of("read"), false);
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.visit("/settings/applications");
            assertEquals("/auth/sign_in", browser.currentPath());
            browser.type("username", "bob").type("password", PASSWORD)
                    .click("form[action='/auth/sign_in'] button[type=submit]");
            assertEquals("/settings/applications", browser.currentPath());

            switchTo(browser, "fr");
            assertEquals("fr", browser.pageLanguage());
            assertEquals("Applications autorisées", browser.text("h1"));
            assertEquals("Aller au contenu", browser.find("a.skip").getAttribute("textContent"));

            browser.click("form[action$='/revoke'] button");
            assertTrue(browser.text("[role=status]").contains("révoquée"), browser.text("main"));
            assertTrue(browser.findAll("table").isEmpty());
            assertTrue(instance.tokens().appsAuthorizedBy(bob.id(), 10).isEmpty());
        }
    }

    private static List<String> signedInPages() {
        return List.of("/", "/@alice", "/@alice/" + post.id(), "/tags/opendata", "/settings/applications",
                "/auth/sign_out");
    }

    private static void switchTo(HeadlessChromium browser, String language) {
        PageAudit.switchTo(browser, language);
    }

    private static void check(HeadlessChromium browser, String path, String variant) {
        PageAudit.check(browser, instance, path, variant);
    }
}
