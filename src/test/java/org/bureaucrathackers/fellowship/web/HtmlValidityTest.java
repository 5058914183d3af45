package org.bureaucrathackers.fellowship.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.PostService;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.Accounts;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every server-rendered page passes the W3C Nu HTML checker with no errors and no warnings. The checker
 * runs in a JVM of its own (the build copies it to target/html-checker), since it needs another Jetty.
 */
class HtmlValidityTest {

    private static final List<String> PAGES = new ArrayList<>(List.of("/", "/@alice", "/@bob", "/users/bob", "/@nobody",
            "/no/such/page"));

    /** Pages only a form submission shows (the authorize flow), fetched in {@link #start()}. */
    private static final List<String> SUBMITTED = new ArrayList<>();

    static TestInstance instance;

    @TempDir
    Path pages;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        Account alice = instance.createFellow("alice");
        PostService posts = instance.posts();
        Status first = posts.post(alice, new NewPost("Hello **world** #OpenGov @alice, see https://ministry.example/x"
                + "\n\n- one\n- two\n\n```\ncode <b>\n```\n\n# Heading\n\n<script>alert(1)</script>",
                Status.Visibility.PUBLIC, null, null, "en"));
        Status warned = posts.post(alice, new NewPost("behind a warning", Status.Visibility.UNLISTED, first.uri(),
                "Budget <talk>", null));
        PAGES.add(first.url().substring(instance.base().length()));
        PAGES.add(warned.url().substring(instance.base().length()));
        Account bob = Accounts.local(instance.uris(), 2_000_000L, "bob",
                List.of(new ProfileField("Unit", "<a href=\"https://ministry.example/unit\">Digital unit</a>"),
                        new ProfileField("Trying next", "Plain-language <em>letters</em> <script>alert(1)</script>")),
                null, null, Instant.now().truncatedTo(ChronoUnit.SECONDS), null);
        new JooqAccountStore(instance.database()).insertLocal(bob, null, Accounts.freshKeys(bob));
        AuthorizeFlowPages.addTo(instance, PAGES, SUBMITTED);
        InteractionFlowPages.addTo(instance, PAGES, SUBMITTED);
        TimelineFlowPages.addTo(instance, PAGES, SUBMITTED);
        org.bureaucrathackers.fellowship.web.compose.ComposeFlowPages.addTo(instance, SUBMITTED);
        org.bureaucrathackers.fellowship.web.practice.PracticeFormPages.addTo(instance, PAGES, SUBMITTED);
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void every_page_is_valid_html5() throws Exception {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-cp", checkerClasspath(),
                "nu.validator.client.SimpleCommandLineValidator", "--format", "gnu", "--stdout", "--no-langdetect"));
        for (int i = 0; i < PAGES.size(); i++) {
            HttpResponse<String> response = instance.get(PAGES.get(i), "Accept", "text/html");
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), PAGES.get(i));
            Path file = pages.resolve("page" + i + ".html");
            Files.writeString(file, response.body(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        for (int i = 0; i < SUBMITTED.size(); i++) {
            Path file = pages.resolve("submitted" + i + ".html");
            Files.writeString(file, SUBMITTED.get(i), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Path report = pages.resolve("report.txt");
        Process checker = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(report.toFile()).start();
        assertTrue(checker.waitFor(2, TimeUnit.MINUTES), "the checker finishes");
        String findings = String.join("\n", Files.readAllLines(report).stream()
                .filter(line -> line.contains("error") || line.contains("warning")).toList());
        assertEquals("", findings, "pages in order: " + PAGES + ", then " + SUBMITTED.size() + " submitted");
        assertEquals(0, checker.exitValue(), Files.readString(report));
    }

    @Test
    void the_checker_finds_errors_when_there_are_some() throws Exception {
        Path bad = pages.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html><head><title>x</title></head><body><blink>x</blink></body></html>");
        Process checker = new ProcessBuilder(javaBinary(), "-cp", checkerClasspath(),
                "nu.validator.client.SimpleCommandLineValidator", "--format", "gnu", "--stdout", bad.toString())
                .redirectErrorStream(true).start();
        String output = new String(checker.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(checker.waitFor(2, TimeUnit.MINUTES));
        assertTrue(output.contains("error"), output);
    }

    private static String checkerClasspath() {
        String dir = System.getProperty("fellowship.htmlChecker");
        assertNotNull(dir, "the build sets fellowship.htmlChecker");
        assertTrue(Files.isDirectory(Path.of(dir)), "the build copied the checker to " + dir);
        return dir + "/*";
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
