package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.clients.ClientProcess;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * toot's browser login against the real sign-in page: toot prints the authorize link, the fellow signs in
 * there, the out-of-band page shows a code, and toot exchanges it. Skipped only when toot is not installed.
 */
class TootBrowserLoginTest {

    private static final Pattern AUTHORIZE_URL = Pattern.compile("(https?://\\S+/oauth/authorize/?\\?\\S+)\\s");
    private static TestInstance instance;

    @TempDir
    Path workDir;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void toot_signs_in_through_the_authorize_page_with_an_out_of_band_code() throws Exception {
        Assumptions.assumeTrue(ClientProcess.onPath("toot").isPresent(), "toot is not installed (Debian package toot)");
        OAuthTestClient browser = new OAuthTestClient(instance);
        browser.fellow("uma", "uma@example.org");
        Map<String, String> env = Map.of("XDG_CONFIG_HOME", workDir.resolve("config").toString(),
                "HOME", workDir.toString(), "PYTHONUNBUFFERED", "1", "NO_COLOR", "1");
        String host = "localhost:" + instance.port();

        ProcessBuilder builder = new ProcessBuilder("toot", "login", "--disable-https", "-i", host)
                .directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process toot = builder.start();
        try {
            StringBuilder output = new StringBuilder();
            String link = awaitOutput(toot, output, AUTHORIZE_URL);
            OutputStream answers = toot.getOutputStream();
            answers.write("n\n".getBytes(StandardCharsets.UTF_8)); // do not open a browser
            answers.flush();

            URI authorize = URI.create(link);
            String code = OAuthTestClient.shownCode(browser.approve(
                    authorize.getRawPath() + "?" + authorize.getRawQuery(), "uma@example.org"));
            answers.write((code + "\n").getBytes(StandardCharsets.UTF_8));
            answers.close();

            assertTrue(toot.waitFor(ClientProcess.TIMEOUT_SECONDS, TimeUnit.SECONDS), "toot did not finish");
            output.append(new String(toot.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(0, toot.exitValue(), output.toString());
            assertTrue(output.toString().contains("Successfully logged in"), output.toString());
        } finally {
            toot.destroyForcibly();
        }

        ClientProcess.Result whoami = ClientProcess.run(workDir, env, null, List.of("toot", "whoami"));
        assertEquals(0, whoami.exitCode(), whoami.output());
        assertTrue(whoami.output().contains("@uma"), whoami.output());
    }

    /** Reads what the process prints until {@code pattern} appears (bounded in time); returns its first group. */
    private static String awaitOutput(Process process, StringBuilder output, Pattern pattern) throws IOException {
        InputStream in = process.getInputStream();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(ClientProcess.TIMEOUT_SECONDS));
        byte[] buffer = new byte[4096];
        while (Instant.now().isBefore(deadline)) {
            if (in.available() == 0) {
                if (!process.isAlive()) {
                    break;
                }
                sleep();
                continue;
            }
            int read = in.read(buffer);
            if (read < 0) {
                break;
            }
            output.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            Matcher matcher = pattern.matcher(output);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("toot printed no authorize link:\n" + output);
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
