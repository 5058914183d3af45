package org.bureaucrathackers.fellowship.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.support.ui.Select;

/**
 * What every page of the web must pass in a real browser: axe-core finds no serious or critical violation, the
 * page asks no other host for anything, it does not scroll sideways at 320 px, and a screenshot of it (1280 and
 * 375 px wide) is kept under target/screenshots.
 */
public final class PageAudit {

    /** The languages every page is checked in. */
    public static final List<String> LANGUAGES = List.of("en", "fr", "es");

    private PageAudit() {
    }

    /** Opens {@code path} and checks it; {@code variant} names the screenshot (say, "signed-in-fr"). */
    public static void check(HeadlessChromium browser, TestInstance instance, String path, String variant) {
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

    /** Chooses {@code language} with the switcher at the foot of the current page, as a keyboard user would. */
    public static void switchTo(HeadlessChromium browser, String language) {
        new Select(browser.find("#language-choice")).selectByValue(language);
        browser.click("form.language button");
    }
}
