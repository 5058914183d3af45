package org.bureaucrathackers.fellowship.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.post.NewPost;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.testing.Await;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Debian clients, toot and Mastodon.py, against a real server over HTTP, with a second instance for
 * the remote account. Skipped only when the clients are not installed; CI installs them and treats a skip as
 * a failure.
 */
class RealClientsTest {

    private static final String PASSWORD = "correct horse battery staple";

    private static TestInstance home;
    private static TestInstance remote;
    private static Account bob;
    private static Status bobsPost;

    @TempDir
    Path workDir;

    @BeforeAll
    static void startInstances() {
        home = TestInstance.start();
        remote = TestInstance.start();
        bob = home.createFellow("bob");
        bobsPost = home.posts().post(bob, NewPost.publicText("How we rewrote the procurement form #practice"));
        remote.createFellow("carol");
    }

    @AfterAll
    static void stopInstances() {
        if (home != null) {
            home.close();
        }
        if (remote != null) {
            remote.close();
        }
    }

    @Test
    void toot_logs_in_reads_posts_follows_and_interacts() {
        Path toot = ClientProcess.onPath("toot").orElse(null);
        Assumptions.assumeTrue(toot != null, "toot is not installed (Debian package toot)");
        Account tess = fellowWithLogin("tess");
        Status liked = home.posts().post(tess, NewPost.publicText("Tess's earlier note"));
        home.interactions().like(bob, liked);
        String instance = "localhost:" + home.port();
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", workDir.resolve("config").toString(),
                "HOME", workDir.toString(), "NO_COLOR", "1");

        ClientProcess.Result login = toot(env, PASSWORD + "\n", "login_cli", "--disable-https", "-i", instance,
                "-e", "tess@example.org");
        assertTrue(login.output().contains("Successfully logged in"), login.output());

        assertOutputContains(toot(env, null, "whoami"), "@tess");

        ClientProcess.Result posted = toot(env, null, "post", "Practice shared from toot #tootpractice");
        Matcher url = Pattern.compile("Toot posted: (\\S+)").matcher(posted.output());
        assertTrue(url.find(), posted.output());
        assertTrue(url.group(1).startsWith(home.base()), url.group(1));

        assertOutputContains(toot(env, null, "timeline", "--once"), "Practice shared from toot");
        assertOutputContains(toot(env, null, "timeline", "--public", "--once"), "Practice shared from toot");
        assertOutputContains(toot(env, null, "timeline", "--tag", "tootpractice", "--once"),
                "Practice shared from toot");

        String bobsId = Long.toString(bobsPost.id());
        assertSucceeded(toot(env, null, "post", "--reply-to", bobsId, "Replying from toot"));
        ClientProcess.Result thread = toot(env, null, "thread", bobsId);
        assertOutputContains(thread, "How we rewrote the procurement form");
        assertOutputContains(thread, "Replying from toot");

        assertOutputContains(toot(env, null, "follow", "bob"), "You are now following bob");
        assertTrue(home.follows().isFollowing(tess, bob));
        assertOutputContains(toot(env, null, "unfollow", "bob"), "You are no longer following bob");

        String carol = "carol@localhost:" + remote.port();
        assertOutputContains(toot(env, null, "follow", carol), "You are now following " + carol);
        Await.until("carol's new follower arrives", () -> followerCount(remote, "carol") == 1, Duration.ofSeconds(20));
        assertOutputContains(toot(env, null, "unfollow", carol), "You are no longer following " + carol);
        Await.until("the unfollow arrives", () -> followerCount(remote, "carol") == 0, Duration.ofSeconds(20));

        assertOutputContains(toot(env, null, "favourite", bobsId), "favourited");
        assertOutputContains(toot(env, null, "reblog", bobsId), "reblogged");
        assertOutputContains(toot(env, null, "notifications"), "favourited");
        assertOutputContains(toot(env, null, "search", "bob"), "@bob");
    }

    @Test
    void mastodon_py_logs_in_reads_posts_follows_and_interacts() {
        String python = ClientProcess.pythonWithMastodon(workDir).orElse(null);
        Assumptions.assumeTrue(python != null, "Mastodon.py is not installed (Debian package python3-mastodon)");
        Account pym = fellowWithLogin("pym");
        Status liked = home.posts().post(pym, NewPost.publicText("Pym's earlier note"));
        home.interactions().like(bob, liked);
        Path script = copyResource("/clients/mastodon_py_flow.py", workDir.resolve("mastodon_py_flow.py"));

        ClientProcess.Result run = ClientProcess.run(workDir, Map.of("HOME", workDir.toString()), null,
                List.of(python, script.toString(), home.base(), "pym@example.org", PASSWORD, "pym", "bob",
                        "carol@localhost:" + remote.port(), Long.toString(bobsPost.id())));
        assertEquals(0, run.exitCode(), run.output());
        assertTrue(run.output().contains("\ndone"), run.output());
    }

    private static Account fellowWithLogin(String username) {
        return home.fellows().create(new FellowService.NewFellow(username, null, PASSWORD,
                username + "@example.org", false));
    }

    private ClientProcess.Result toot(Map<String, String> env, String stdin, String... args) {
        List<String> command = new ArrayList<>();
        command.add("toot");
        command.addAll(List.of(args));
        ClientProcess.Result result = ClientProcess.run(workDir, env, stdin, command);
        return new ClientProcess.Result(result.exitCode(), "$ " + String.join(" ", command) + "\n" + result.output());
    }

    private static void assertSucceeded(ClientProcess.Result result) {
        assertEquals(0, result.exitCode(), result.output());
    }

    private static void assertOutputContains(ClientProcess.Result result, String expected) {
        assertSucceeded(result);
        assertTrue(result.output().contains(expected), "expected '" + expected + "' in:\n" + result.output());
    }

    private static long followerCount(TestInstance instance, String username) {
        String body = instance.get(instance.uris().followers(username), "Accept", "application/activity+json")
                .body();
        try {
            return Json.MAPPER.readTree(body).path("totalItems").asLong(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyResource(String resource, Path target) {
        try (InputStream in = RealClientsTest.class.getResourceAsStream(resource)) {
            Files.copy(Optional.ofNullable(in).orElseThrow(() -> new IllegalStateException(resource + " missing")),
                    target);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
