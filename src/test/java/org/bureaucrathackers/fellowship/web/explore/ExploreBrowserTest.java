package org.bureaucrathackers.fellowship.web.explore;

import static org.bureaucrathackers.fellowship.web.explore.ExploreFixtures.listed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.community.Community;
import org.bureaucrathackers.fellowship.community.NewCommunity;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.testing.HeadlessChromium;
import org.bureaucrathackers.fellowship.testing.PageAudit;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * The directory, community, search and hashtag pages in a real headless Chromium: filtering the directory by a
 * facet link and by the form, joining a community with its button, and every page audited (axe-core, no other
 * host, no sideways scroll at 320 px, screenshots) signed out and signed in, in English, French and Spanish.
 */
@Tag("browser")
class ExploreBrowserTest {

    static TestInstance instance;
    static Account alice;
    static Community permits;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        Account chief = ExploreFixtures.fellow(instance, "eb_chief", "The Chief", true);
        permits = instance.communities().create(new NewCommunity("permits", "Permits and licences",
                "Faster permits for everyone.", false), chief);
        alice = listed(instance, "eb_alice", "UA", "national", "health", List.of("opendata"));
        listed(instance, "eb_bohdan", "UA", "local", "transport", List.of("opendata"));
        listed(instance, "eb_piotr", "PL", "national", "health", List.of());
        instance.posts().post(alice, NewPost.publicText("Opening hours of the registry change in March. #opendata"));
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    private static List<String> pages() {
        return List.of("/directory", "/directory?country=UA&government_level=national", "/directory?country=ZZ",
                "/communities", "/communities/permits", "/search?q=opendata", "/tags/opendata");
    }

    private static List<String> listedFellows(HeadlessChromium browser) {
        return browser.findAll("#fellows-heading ~ ul.fellows .handle").stream().map(e -> e.getText()).toList();
    }

    @Test
    void a_visitor_filters_the_directory_by_a_link_and_by_the_form_and_every_page_passes_axe() {
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.visit("/directory");
            browser.click("ul.facet a[href='/directory?country=UA']");
            assertEquals(2, listedFellows(browser).size(), listedFellows(browser).toString());
            assertTrue(browser.text("#active-heading + ul").contains("Ukraine"));

            new Select(browser.find("#government_level")).selectByValue("local");
            browser.click("form.filters button[type=submit]");
            List<String> narrowed = listedFellows(browser);
            assertEquals(1, narrowed.size(), narrowed.toString());
            assertTrue(narrowed.get(0).startsWith("@eb_bohdan@"), narrowed.get(0));

            for (String language : PageAudit.LANGUAGES) {
                PageAudit.switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                for (String path : pages()) {
                    PageAudit.check(browser, instance, path, "explore-signed-out-" + language);
                }
            }
            PageAudit.switchTo(browser, "en");
        }
    }

    @Test
    void a_fellow_joins_a_community_with_its_button_and_every_page_passes_axe() {
        try (HeadlessChromium browser = HeadlessChromium.open(instance)) {
            browser.signIn("eb_alice", ExploreFixtures.PASSWORD);
            browser.visit("/communities/permits");
            browser.click("form[action='/communities/permits/join'] button");
            assertEquals("/communities/permits", browser.currentPath());
            assertEquals("You are a member of this community.", browser.text("[role=status]"));
            assertTrue(instance.follows().isFollowing(alice, permits.account()));

            for (String language : PageAudit.LANGUAGES) {
                PageAudit.switchTo(browser, language);
                assertEquals(language, browser.pageLanguage());
                for (String path : pages()) {
                    PageAudit.check(browser, instance, path, "explore-signed-in-" + language);
                }
            }
            PageAudit.switchTo(browser, "en");
        }
    }
}
