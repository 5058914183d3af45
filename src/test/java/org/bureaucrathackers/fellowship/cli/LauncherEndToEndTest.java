package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real {@code ./fellowship} launcher from a separate working folder, as an operator would: the jar
 * is built when stale, data lands in ./data of the working folder, and serve answers over HTTP.
 * The launcher runs from a copy of the project (pom.xml, sources, script), so the build it starts never
 * touches the build that is running these tests.
 */
class LauncherEndToEndTest {

    @TempDir
    static Path checkout;

    /** The first run may build the jar. */
    private static final Duration FIRST_RUN = Duration.ofMinutes(10);
    private static final Duration COMMAND = Duration.ofMinutes(2);
    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    private Path launcher;
    private int port;
    private String publicUrl;

    @BeforeAll
    static void copyProject() throws IOException {
        String projectDir = System.getProperty("fellowship.projectDir");
        assertNotNull(projectDir, "the build sets fellowship.projectDir");
        Path project = Path.of(projectDir);
        Files.copy(project.resolve("pom.xml"), checkout.resolve("pom.xml"));
        Files.copy(project.resolve("fellowship"), checkout.resolve("fellowship"), StandardCopyOption.COPY_ATTRIBUTES);
        copyTree(project.resolve("src/main"), checkout.resolve("src/main"));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @BeforeEach
    void findLauncher() {
        launcher = checkout.resolve("fellowship");
        assertTrue(Files.isExecutable(launcher), launcher + " is executable");
        // Until a server chose one: serve binds port 0 and the public URL takes the port it bound.
        port = 0;
        publicUrl = "http://localhost:0";
    }

    @Test
    void an_operator_creates_a_fellow_serves_and_adds_another_beside_the_running_server() throws Exception {
        // The fellow's ids name the port, so a first serve chooses it; the server is then started on that port.
        Process chooser = start("serve", "--bind", "127.0.0.1:0");
        try {
            awaitBoundPort(chooser);
        } finally {
            stop(chooser);
        }
        Finished created = runToEnd(FIRST_RUN, "fellow", "create", "alice");
        assertEquals(0, created.status, created.toString());
        assertEquals("@alice@localhost:" + port, created.out.strip());
        assertTrue(Files.exists(work.resolve("data/fellowship.mv.db")), "data lands in ./data of the caller");

        int webfingerStatus;
        Process server = start("serve", "--bind", "127.0.0.1:" + port, "--public-url", publicUrl);
        try {
            awaitAnswer(server, "/@alice");
            assertTrue(read("serve.out").contains("Fellowship is serving " + publicUrl), read("serve.out"));
            assertFalse(read("serve.out").contains("No fellows yet"), read("serve.out"));

            HttpResponse<String> profile = get("/@alice", "text/html");
            assertEquals(200, profile.statusCode());
            assertTrue(profile.body().contains("@alice@localhost:" + port), profile.body());
            webfingerStatus = get("/.well-known/webfinger?resource=acct:alice@localhost:" + port,
                    "application/jrd+json").statusCode();

            Finished beside = runToEnd(COMMAND, "fellow", "create", "bob");
            assertEquals(0, beside.status, beside.toString());
            assertEquals(200, get("/@bob", "text/html").statusCode());
            assertDatabaseServerListensOnLoopbackOnly();
        } finally {
            stop(server);
        }
        assertEquals("", read("serve.err"), "serve writes nothing to stderr");
        assertEquals(200, webfingerStatus, "WebFinger finds alice");
    }

    @Test
    void serve_on_an_empty_data_folder_says_how_to_create_the_first_fellow() throws Exception {
        Process server = start("serve", "--bind", "127.0.0.1:0");
        try {
            awaitBoundPort(server);
            awaitAnswer(server, "/");
            assertTrue(read("serve.out").contains("./fellowship fellow create USERNAME"), read("serve.out"));
        } finally {
            stop(server);
        }
    }

    @Test
    void serve_on_a_port_in_use_exits_1_with_one_line_on_stderr() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = taken.getLocalPort();
            publicUrl = "http://localhost:" + port;
            Finished result = runToEnd(FIRST_RUN, "serve", "--bind", "127.0.0.1:" + port);
            assertEquals(1, result.status, result.toString());
            assertEquals(1, result.err.strip().lines().count(), result.toString());
            assertTrue(result.err.startsWith("fellowship: cannot listen on 127.0.0.1:" + port), result.err);
        }
    }

    @Test
    void a_usage_error_exits_2() throws Exception {
        Finished result = runToEnd(FIRST_RUN, "fellow", "create");
        assertEquals(2, result.status, result.toString());
        assertTrue(result.err.contains("USERNAME"), result.err);
    }

    private void assertDatabaseServerListensOnLoopbackOnly() throws IOException {
        Properties lock = new Properties();
        try (var in = Files.newInputStream(work.resolve("data/fellowship.lock.db"))) {
            lock.load(in);
        }
        String server = lock.getProperty("server", "");
        String host = server.substring(0, Math.max(0, server.lastIndexOf(':')));
        assertTrue(InetAddress.getByName(host).isLoopbackAddress(), "H2 auto-server at " + server);
    }

    private record Finished(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\nout: " + out + "\nerr: " + err;
        }
    }

    private ProcessBuilder builder(String name, String... args) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("FELLOWSHIP_"));
        env.put("FELLOWSHIP_PUBLIC_URL", publicUrl);
        return builder;
    }

    private Finished runToEnd(Duration timeout, String... args) throws IOException, InterruptedException {
        Process process = builder("command", args).start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                fail("./fellowship " + String.join(" ", args) + " did not end within " + timeout);
            }
            return new Finished(process.exitValue(), read("command.out"), read("command.err"));
        } finally {
            process.destroyForcibly();
        }
    }

    private Process start(String... args) throws IOException {
        return builder("serve", args).start();
    }

    private void awaitAnswer(Process server, String path) throws InterruptedException {
        long deadline = System.nanoTime() + FIRST_RUN.plus(STARTUP).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                fail("serve ended with " + server.exitValue() + "\nout: " + read("serve.out") + "\nerr: " + read("serve.err"));
            }
            try {
                if (get(path, "text/html").statusCode() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        fail("serve did not answer " + path + "\nout: " + read("serve.out") + "\nerr: " + read("serve.err"));
    }

    /**
     * Waits (bounded; the first run may build the jar) for serve's line naming the port it bound, and takes that
     * port and the public URL on it.
     */
    private void awaitBoundPort(Process server) throws InterruptedException {
        Pattern serving = Pattern.compile("Fellowship is serving (\\S+) \\(listening on [^ ]+:(\\d+)");
        long deadline = System.nanoTime() + FIRST_RUN.plus(STARTUP).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher line = serving.matcher(read("serve.out"));
            if (line.find()) {
                port = Integer.parseInt(line.group(2));
                publicUrl = "http://localhost:" + port;
                assertEquals(publicUrl, line.group(1), "the public URL takes the bound port");
                return;
            }
            if (!server.isAlive()) {
                fail("serve ended with " + server.exitValue() + "\nout: " + read("serve.out") + "\nerr: " + read("serve.err"));
            }
            Thread.sleep(250);
        }
        fail("serve did not say its port\nout: " + read("serve.out") + "\nerr: " + read("serve.err"));
    }

    private static void stop(Process server) throws InterruptedException {
        try {
            server.destroy();
            assertTrue(server.waitFor(30, TimeUnit.SECONDS), "serve stops on SIGTERM");
            assertFalse(server.isAlive());
        } finally {
            server.destroyForcibly();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> get(String path, String accept) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(publicUrl + path)).header("Accept", accept)
                    .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String read(String name) {
        try {
            Path file = work.resolve(name);
            return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
