package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian chromium, headless, driven through chromium-driver against one {@link TestInstance}. It reaches
 * loopback only (every other host name fails to resolve, so a page asking a third party for anything shows up
 * as a failed request), keeps no profile between runs, and ends with {@link #close()}. Tests using it are
 * skipped, never passed, when the browser is not installed; CI refuses such a skip.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");
    public static final int WIDE = 1280;
    public static final int NARROW = 375;
    private static final int TALLEST_SCREENSHOT = 4_000;
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private final TestInstance instance;
    private final ChromeDriverService service;
    private final ChromeDriver driver;

    private HeadlessChromium(TestInstance instance, ChromeDriverService service, ChromeDriver driver) {
        this.instance = instance;
        this.service = service;
        this.driver = driver;
    }

    /** A fresh browser for {@code instance}; skips the calling test when chromium or its driver is missing. */
    public static HeadlessChromium open(TestInstance instance) {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .withLogOutput(java.io.OutputStream.nullOutputStream())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
                "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost",
                "--window-size=" + WIDE + ",900", "--lang=en-GB");
        options.setPageLoadTimeout(PAGE_LOAD);
        options.setScriptTimeout(PAGE_LOAD);
        try {
            return new HeadlessChromium(instance, service, new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            service.stop();
            throw e;
        }
    }

    public HeadlessChromium visit(String pathOrUrl) {
        driver.get(instance.url(pathOrUrl));
        return this;
    }

    public String currentPath() {
        return java.net.URI.create(driver.getCurrentUrl()).getRawPath();
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    public List<WebElement> findAll(String cssSelector) {
        return driver.findElements(By.cssSelector(cssSelector));
    }

    /** Types {@code text} into the field labelled by its id. */
    public HeadlessChromium type(String fieldId, String text) {
        WebElement field = driver.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Clicks the first element matching {@code cssSelector} and waits for the page it leads to. */
    public HeadlessChromium click(String cssSelector) {
        WebElement before = driver.findElement(By.tagName("html"));
        driver.findElement(By.cssSelector(cssSelector)).click();
        // A click returns once the event is dispatched, not once the form's answer is shown: wait for the old
        // document to go and the new one to finish loading, or the next look may catch the page in between.
        new WebDriverWait(driver, PAGE_LOAD).until(ExpectedConditions.and(page -> gone(before),
                page -> "complete".equals(((JavascriptExecutor) page).executeScript("return document.readyState"))));
        return this;
    }

    /**
     * Whether the element's document was replaced. Chromium says so either as a stale reference or, while the
     * old document is being torn down, as "node does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            return String.valueOf(e.getMessage()).contains("does not belong to the document");
        }
    }

    /** Signs in through the sign-in page, as a fellow would. */
    public HeadlessChromium signIn(String username, String password) {
        visit("/auth/sign_in");
        type("username", username).type("password", password);
        return click("form[action='/auth/sign_in'] button[type=submit]");
    }

    public String pageLanguage() {
        return find("html").getAttribute("lang");
    }

    public String text(String cssSelector) {
        return find(cssSelector).getText();
    }

    /** Fails on any serious or critical accessibility violation axe-core finds on the page shown now. */
    public HeadlessChromium assertAccessible(String pageName) {
        AxeAudit.of(driver).assertNoSeriousViolations(pageName + " (" + driver.getCurrentUrl() + ")");
        return this;
    }

    /** Saves the page shown now as {@code name}-1280.png and {@code name}-375.png under target/screenshots. */
    public HeadlessChromium screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            for (int width : new int[] {WIDE, NARROW}) {
                driver.manage().window().setSize(new Dimension(width, 900));
                long height = ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollHeight")).longValue();
                driver.manage().window().setSize(new Dimension(width, (int) Math.min(Math.max(height, 600),
                        TALLEST_SCREENSHOT)));
                Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), driver.getScreenshotAs(OutputType.BYTES));
            }
            driver.manage().window().setSize(new Dimension(WIDE, 900));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Whether the page is wider than the window (content that scrolls sideways at this width). */
    public boolean scrollsSideways(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        boolean wider = (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
        driver.manage().window().setSize(new Dimension(WIDE, 900));
        return wider;
    }

    /** The addresses the page loaded, from the browser's own record of its requests. */
    @SuppressWarnings("unchecked")
    public List<String> requestedUrls() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name))");
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
        }
    }
}
