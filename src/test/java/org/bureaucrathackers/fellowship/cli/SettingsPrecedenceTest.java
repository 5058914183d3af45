package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed handle shows which public URL and data folder a command used: flag > env > file > default. */
class SettingsPrecedenceTest {

    private static final Map<String, String> ENV = Map.of(
            "FELLOWSHIP_PUBLIC_URL", "https://env.example",
            "FELLOWSHIP_DATA", "env-data");

    @TempDir
    Path work;

    @Test
    void defaults_apply_when_nothing_is_set() {
        CommandRun result = CommandRun.run(work, Map.of(), "fellow", "create", "alice");
        assertEquals("@alice@localhost:8080", result.out().strip(), result.toString());
        assertTrue(Files.isDirectory(work.resolve("data")));
    }

    @Test
    void the_default_config_file_is_read_when_present() throws IOException {
        writeDefaultConfig();
        CommandRun result = CommandRun.run(work, Map.of(), "fellow", "create", "alice");
        assertEquals("@alice@file.example", result.out().strip(), result.toString());
        assertTrue(Files.isDirectory(work.resolve("file-data")));
    }

    @Test
    void a_named_config_file_replaces_the_default_one() throws IOException {
        writeDefaultConfig();
        Path other = Files.writeString(work.resolve("other.yaml"), "public-url: https://other.example\n");
        CommandRun result = CommandRun.run(work, Map.of(), "fellow", "create", "alice", "--config", other.toString());
        assertEquals("@alice@other.example", result.out().strip(), result.toString());
        assertTrue(Files.isDirectory(work.resolve("data")));
    }

    @Test
    void environment_beats_the_config_file() throws IOException {
        writeDefaultConfig();
        CommandRun result = CommandRun.run(work, ENV, "fellow", "create", "alice");
        assertEquals("@alice@env.example", result.out().strip(), result.toString());
        assertTrue(Files.isDirectory(work.resolve("env-data")));
    }

    @Test
    void flags_beat_the_environment() throws IOException {
        writeDefaultConfig();
        CommandRun result = CommandRun.run(work, ENV, "fellow", "create", "alice",
                "--public-url", "https://flag.example", "--data", "flag-data");
        assertEquals("@alice@flag.example", result.out().strip(), result.toString());
        assertTrue(Files.isDirectory(work.resolve("flag-data")));
    }

    private void writeDefaultConfig() throws IOException {
        Files.createDirectories(work.resolve("config"));
        Files.writeString(work.resolve("config").resolve("fellowship.yaml"),
                "public-url: https://file.example\ndata: file-data\n");
    }
}
