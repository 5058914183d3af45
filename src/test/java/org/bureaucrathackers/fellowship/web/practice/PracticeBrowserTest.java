package org.bureaucrathackers.fellowship.web.practice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.practice.Practice;
import org.bureaucrathackers.fellowship.practice.PracticeInput;
import org.bureaucrathackers.fellowship.testing.HeadlessChromium;
import org.bureaucrathackers.fellowship.testing.PageAudit;
import org.bureaucrathackers.fellowship.testing.PracticeExamples;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The practice form and a practice's page in a real headless Chromium: a fellow previews and publishes a practice
 * and finds it on their profile; the form (blank and refused) and the page pass axe in English, French and Spanish.
 */
@Tag("browser")
class PracticeBrowserTest {

    private static final String PASSWORD = "correct horse battery";

    static TestInstance instance;
    static Account olena;
    static String practicePage;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        olena = instance.fellows().create(new FellowService.NewFellow("olena", "Olena Shevchenko", PASSWORD, null,
                false));
        Practice practice = instance.practices().create(olena, PracticeInput.strict().request(PracticeExamples.practice()));
        practicePage = "/@olena/" + practice.statusId();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void a_fellow_previews_and_publishes_a_practice_and_finds_it_on_their_profile() {
        instance.fellows().create(new FellowService.NewFellow("ivan", null, PASSWORD, null, false));
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.signIn("ivan", PASSWORD);
            browser.visit("/practices/new");
            browser.type("title", "Street benches by request").type("summary", "Residents ask; we place a bench.")
                    .type("problem", "Benches took a year of paperwork.")
                    .type("outcomes-0-indicator", "Benches placed").type("outcomes-0-value", "42")
                    .type("outcomes-0-unit", "benches");
            new Select(browser.find("#stage")).selectByValue("implementing");
            browser.find("#hack_kinds-procedure_redesign").click();
            browser.click(".form-actions button[value=preview]");
            assertEquals("/practices/new", browser.currentPath());
            String story = browser.text("section.preview");
            assertTrue(story.contains("Street benches by request"), story);
            assertTrue(story.contains("Benches placed: 42 benches"), story);
            assertEquals("Street benches by request", browser.find("#title").getAttribute("value"));

            browser.click("button[value=publish]");
            assertTrue(browser.currentPath().startsWith("/@ivan/"), browser.currentPath());
            assertTrue(browser.text("section.practice").contains("Benches placed"));
            browser.visit("/@ivan");
            assertTrue(browser.text("main").contains("Street benches by request"), browser.text("main"));
        }
    }

    @Test
    void the_form_blank_and_refused_and_a_practice_page_pass_axe_in_every_language() {
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.visit("/");
            for (String language : PageAudit.LANGUAGES) {
                PageAudit.switchTo(browser, language);
                PageAudit.check(browser, instance, practicePage, "signed-out-" + language);
            }
            browser.signIn("olena", PASSWORD);
            for (String language : PageAudit.LANGUAGES) {
                PageAudit.switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                PageAudit.check(browser, instance, "/practices/new", "signed-in-" + language);
                browser.type("title", "A practice with a bad address").type("rules-0-name", "Building Code")
                        .type("rules-0-url", "not an address");
                browser.click("button[value=publish]");
                assertFalse(browser.findAll("#rules-0-url-error").isEmpty(), browser.text("main"));
                refusedFormIsAccessible(browser, language);
                PageAudit.check(browser, instance, practicePage, "signed-in-" + language);
            }
            PageAudit.switchTo(browser, "en");
        }
    }

    /** The refused form is the answer of a POST, so it is checked where it is rather than visited again. */
    private static void refusedFormIsAccessible(HeadlessChromium browser, String language) {
        browser.assertAccessible("/practices/new refused " + language);
        List<String> elsewhere = new ArrayList<>();
        for (String url : browser.requestedUrls()) {
            if (!url.startsWith(instance.base() + "/")) {
                elsewhere.add(url);
            }
        }
        assertTrue(elsewhere.isEmpty(), "asked other hosts for " + elsewhere);
        assertFalse(browser.scrollsSideways(320), "the refused form scrolls sideways at 320 px");
        browser.screenshot("signed-in-" + language + "-practices_new_refused");
    }
}
