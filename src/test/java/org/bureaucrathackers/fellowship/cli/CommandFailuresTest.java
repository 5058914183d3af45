package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bureaucrathackers.fellowship.testing.H2FileHolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operator mistake ends with status 1 and one clear line, never a stack trace. */
class CommandFailuresTest {

    @TempDir
    Path work;

    private CommandRun run(String... args) {
        return CommandRun.run(work, Map.of(), args);
    }

    @Test
    void serve_on_a_port_in_use_fails_with_one_line() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRun result = run("serve", "--bind", "127.0.0.1:" + taken.getLocalPort());
            assertTrue(result.failedWithOneLine(), result.toString());
            assertTrue(result.err().contains("127.0.0.1:" + taken.getLocalPort()), result.err());
            assertTrue(result.err().contains("already in use"), result.err());
        }
    }

    @Test
    void database_held_by_another_process_fails_with_one_line() {
        Path data = work.resolve("data");
        run("fellow", "list");
        try (H2FileHolder ignored = H2FileHolder.hold(data.resolve("fellowship"))) {
            CommandRun result = run("fellow", "list");
            assertTrue(result.failedWithOneLine(), result.toString());
            assertTrue(result.err().contains("held by another process"), result.err());
        }
        assertEquals(0, run("fellow", "list").status(), "the database opens again once released");
    }

    @Test
    void unreachable_postgresql_fails_with_one_line_without_the_password() {
        CommandRun result = run("fellow", "list", "--db-url",
                "jdbc:postgresql://127.0.0.1:1/fellowship?user=fellowship&password=s3cret");
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("cannot open the database"), result.err());
        assertTrue(!result.err().contains("s3cret"), result.err());
    }

    @Test
    void unknown_config_key_is_named() throws IOException {
        Path config = write("fellowship.yaml", "public-url: https://ministry.example\npublic_url: typo\n");
        CommandRun result = run("fellow", "list", "--config", config.toString());
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("unknown key 'public_url'"), result.err());
    }

    @Test
    void bad_config_value_names_the_key_and_the_file() throws IOException {
        Path config = write("fellowship.yaml", "allow-private-network: perhaps\n");
        CommandRun result = run("fellow", "list", "--config", config.toString());
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("config key 'allow-private-network' in " + config), result.err());
        assertTrue(result.err().contains("'perhaps' must be true or false"), result.err());
    }

    @Test
    void unreadable_yaml_names_the_file_and_line() throws IOException {
        Path config = write("fellowship.yaml", "public-url: https://ministry.example\nbind: [unclosed\n");
        CommandRun result = run("fellow", "list", "--config", config.toString());
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains(config + " is not valid YAML at line"), result.err());
    }

    @Test
    void missing_config_file_fails_with_one_line() {
        CommandRun result = run("fellow", "list", "--config", "nowhere.yaml");
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("cannot read config file"), result.err());
    }

    @Test
    void bad_flag_value_names_the_flag() {
        CommandRun result = run("fellow", "list", "--public-url", "ftp://ministry.example");
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("invalid --public-url: 'ftp://ministry.example'"), result.err());
    }

    @Test
    void bad_environment_value_names_the_variable() {
        CommandRun result = CommandRun.run(work, Map.of("FELLOWSHIP_BIND", "0.0.0.0:http"), "fellow", "list");
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("invalid FELLOWSHIP_BIND: '0.0.0.0:http'"), result.err());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content);
    }
}
