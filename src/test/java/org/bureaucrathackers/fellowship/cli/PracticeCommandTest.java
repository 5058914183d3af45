package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fellowship practice create USERNAME --file practice.json} against the data folder of a running instance. */
class PracticeCommandTest {

    static TestInstance server;

    @TempDir
    Path work;

    @BeforeAll
    static void start() {
        server = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private CommandRun run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--data", server.dataDir().toString(), "--public-url", server.base(),
                "--allow-private-network"));
        return CommandRun.run(work, Map.of(), all.toArray(String[]::new));
    }

    private Path file(String name, byte[] content) throws IOException {
        Path file = work.resolve(name);
        Files.write(file, content);
        return file;
    }

    private static byte[] example() throws IOException {
        try (InputStream in = PracticeCommandTest.class.getResourceAsStream("/practice/practice.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void a_practice_file_is_published_and_its_url_printed() throws IOException {
        Account olena = server.createFellow("olena");
        CommandRun run = run("practice", "create", "olena", "--file", file("practice.json", example()).toString());
        assertEquals(0, run.status(), run.toString());
        String url = run.out().strip();
        assertTrue(url.startsWith(server.base() + "/@olena/"), url);

        ApiClient app = new ApiClient(server, server.tokens().issue(olena, "read").secret());
        JsonNode listed = ApiClient.json(app.get("/api/fellowship/v1/practices?author=olena"));
        assertEquals(1, listed.size(), listed.toString());
        assertEquals(url, listed.get(0).get("url").asText());
        assertEquals("diffusing", listed.get(0).get("stage").asText());
    }

    @Test
    void a_faulty_file_fails_with_one_line_naming_the_field() throws IOException {
        server.createFellow("petro");
        Path faulty = file("faulty.json", "{\"title\": \"Fine\", \"stage\": \"someday\"}".getBytes());
        CommandRun run = run("practice", "create", "petro", "--file", faulty.toString());
        assertTrue(run.failedWithOneLine(), run.toString());
        assertTrue(run.err().contains("stage: must be one of"), run.err());

        CommandRun broken = run("practice", "create", "petro", "--file", file("broken.json", "{".getBytes()).toString());
        assertTrue(broken.failedWithOneLine(), broken.toString());
        CommandRun missing = run("practice", "create", "petro", "--file", work.resolve("none.json").toString());
        assertTrue(missing.failedWithOneLine(), missing.toString());
    }
}
