package org.bureaucrathackers.fellowship.web.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowProfileChanges;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.actor.ProfileChanges;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.HeadlessChromium;
import org.bureaucrathackers.fellowship.testing.PageAudit;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The profile pages in Chromium on instance {@code a}: a fellow follows a fellow of instance {@code b} by typing
 * the handle (/follow, then confirming on /authorize_interaction) and {@code b} lists the follower; every profile
 * page, /follow and /settings/profile (also with its errors) pass the page audit in English, French and Spanish,
 * signed out where they are public and signed in.
 */
@Tag("browser")
class ProfileBrowserTest {

    private static final String PASSWORD = "correct horse battery";
    private static final Duration FEDERATION_WAIT = Duration.ofSeconds(30);

    static TestInstance a;
    static TestInstance b;
    static Account alice;
    static Account bob;

    @BeforeAll
    static void start() {
        a = TestInstance.start();
        b = TestInstance.start();
        alice = a.fellows().create(new FellowService.NewFellow("alice", "Alice Martin", PASSWORD, null, false));
        a.profiles().update(alice, new ProfileChanges(null, "Service designer in *Kyiv*.", null, null),
                new FellowProfileChanges().set("organisation", "Kyiv City Council").set("organisation_type",
                        "government").set("country", "UA").set("government_level", "local")
                        .themes(List.of("opendata")).set("aims", "Every permit online."));
        bob = b.fellows().create(new FellowService.NewFellow("bob", "Bob Nowak", PASSWORD, null, false));
    }

    @AfterAll
    static void stop() {
        a.close();
        b.close();
    }

    @Test
    void the_public_profile_pages_pass_the_audit_signed_out() {
        try (HeadlessChromium browser = HeadlessChromium.open(a)) {
            for (String language : PageAudit.LANGUAGES) {
                browser.visit("/@alice");
                PageAudit.switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                PageAudit.check(browser, a, "/@alice", "signed-out-" + language);
                PageAudit.check(browser, a, "/@alice/remote_follow?acct=nonsense", "signed-out-" + language);
                assertEquals("true", browser.find("#remote-follow-acct").getAttribute("aria-invalid"));
            }
        }
    }

    @Test
    void a_fellow_follows_a_fellow_of_another_instance_by_handle_and_the_pages_pass_the_audit() {
        String handle = "bob@" + b.domain();
        try (HeadlessChromium browser = HeadlessChromium.open(a)) {
            browser.signIn("alice", PASSWORD);
            browser.visit("/follow");
            browser.type("follow-acct", handle).click("form[action='/follow'] button[type=submit]");
            assertEquals("/authorize_interaction", browser.currentPath());
            browser.click("form[action='/authorize_interaction'] button[type=submit]");
            assertTrue(browser.text("h1").contains("@" + handle), browser.text("main"));

            Await.until("b lists alice among bob's followers", () -> {
                pump();
                return b.follows().followers(bob, PageRequest.newest(10)).items().stream()
                        .anyMatch(f -> f.actorUri().equals(alice.uri()));
            }, FEDERATION_WAIT);

            for (String language : PageAudit.LANGUAGES) {
                PageAudit.switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                String variant = "signed-in-" + language;
                for (String path : List.of("/@alice", "/@" + handle, "/follow", "/follow?acct=not+a+handle",
                        "/settings/profile")) {
                    PageAudit.check(browser, a, path, variant);
                }
                browser.type("country", "XX").click("form[action='/settings/profile'] button[type=submit]");
                assertEquals("true", browser.find("#country").getAttribute("aria-invalid"));
                browser.assertAccessible("/settings/profile with errors " + variant);
                assertFalse(browser.scrollsSideways(320), "/settings/profile with errors scrolls sideways");
                browser.screenshot(variant + "-settings_profile_errors");
            }
            PageAudit.switchTo(browser, "en");
        }
        assertEquals("UA", a.profiles().fellowProfile(alice).country(), "the refused form changed nothing");
    }

    private static void pump() {
        for (TestInstance instance : List.of(a, b)) {
            instance.deliveryWorker().wakeUp();
            instance.inboxWorker().drain();
        }
    }
}
