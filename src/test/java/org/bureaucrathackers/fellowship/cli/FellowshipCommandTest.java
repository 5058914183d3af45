package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.assembly.Assembly;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FellowshipCommandTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @TempDir
    Path work;

    private CommandRun run(String... args) {
        return CommandRun.run(work, NO_ENV, args);
    }

    private Settings settings() {
        return new SettingsLoader(NO_ENV, work).load(Map.of(), null);
    }

    @Test
    void fellow_create_prints_the_handle_and_stores_the_fellow_in_the_data_folder() {
        CommandRun result = run("fellow", "create", "alice", "--display-name", "Alice Civil",
                "--password", "correct horse battery", "--email", "alice@ministry.example", "--admin");

        assertEquals(0, result.status(), result.toString());
        assertEquals("@alice@localhost:8080", result.out().strip());
        assertEquals("", result.err());
        assertTrue(Files.exists(work.resolve("data").resolve("fellowship.mv.db")));
        try (Assembly app = Assembly.open(settings())) {
            Account alice = app.foundation.fellows.findLocal("alice").orElseThrow();
            assertEquals("Alice Civil", alice.displayName());
            LocalUser user = new JooqAccountStore(app.foundation.database).findLocalUser(alice.id()).orElseThrow();
            assertTrue(user.admin());
            assertEquals("alice@ministry.example", user.email());
            assertTrue(user.passwordHash().startsWith("$argon2id$"));
            assertFalse(user.passwordHash().contains("correct horse"));
        }
    }

    @Test
    void fellow_create_without_options_makes_a_plain_fellow() throws Exception {
        assertEquals(0, run("fellow", "create", "bob").status());
        try (Assembly app = Assembly.open(settings())) {
            Account bob = app.foundation.fellows.findLocal("bob").orElseThrow();
            assertEquals("bob", bob.displayName());
            LocalUser user = new JooqAccountStore(app.foundation.database).findLocalUser(bob.id()).orElseThrow();
            assertFalse(user.admin());
        }
    }

    @Test
    void fellow_list_says_when_there_are_none_then_lists_each_handle() {
        CommandRun empty = run("fellow", "list");
        assertEquals(0, empty.status(), empty.toString());
        assertEquals("No fellows yet.", empty.out().strip());

        run("fellow", "create", "alice", "--display-name", "Alice Civil");
        run("fellow", "create", "bob");
        CommandRun listed = run("fellow", "list");
        assertEquals(0, listed.status(), listed.toString());
        assertEquals("@alice@localhost:8080\tAlice Civil\n@bob@localhost:8080\tbob\n", listed.out());
    }

    @Test
    void token_create_prints_a_token_that_is_stored_only_as_a_hash() throws Exception {
        run("fellow", "create", "alice");
        CommandRun result = run("token", "create", "alice", "--scopes", "read write follow push");

        assertEquals(0, result.status(), result.toString());
        String secret = result.out().strip();
        assertTrue(secret.matches("[A-Za-z0-9_-]{40,}"), secret);
        try (Assembly app = Assembly.open(settings())) {
            var token = app.foundation.tokens.resolve(secret).orElseThrow();
            assertEquals("read write follow push", token.scopes());
        }
        try (Connection connection = DriverManager.getConnection(settings().dbUrl());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM access_token")) {
            int columns = rows.getMetaData().getColumnCount();
            assertTrue(rows.next());
            for (int i = 1; i <= columns; i++) {
                assertFalse(String.valueOf(rows.getString(i)).contains(secret), "column " + i + " holds the token");
            }
        }
    }

    @Test
    void token_create_defaults_to_read_scope() {
        run("fellow", "create", "alice");
        String secret = run("token", "create", "alice").out().strip();
        try (Assembly app = Assembly.open(settings())) {
            assertEquals("read", app.foundation.tokens.resolve(secret).orElseThrow().scopes());
        }
    }

    @Test
    void token_for_an_unknown_fellow_fails_with_one_line() {
        run("fellow", "list");
        CommandRun result = run("token", "create", "nobody");
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("no fellow called 'nobody'"), result.err());
        assertEquals("", result.out());
    }

    @Test
    void token_with_an_unknown_scope_fails_with_one_line() {
        run("fellow", "create", "alice");
        CommandRun result = run("token", "create", "alice", "--scopes", "read everything");
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("unknown scope 'everything'"), result.err());
    }

    @Test
    void invalid_username_fails_with_one_line() {
        CommandRun result = run("fellow", "create", "Not Valid!");
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("username"), result.err());
    }

    @Test
    void taken_username_fails_with_one_line() {
        run("fellow", "create", "alice");
        CommandRun result = run("fellow", "create", "alice");
        assertTrue(result.failedWithOneLine(), result.toString());
        assertTrue(result.err().contains("already taken"), result.err());
    }

    @Test
    void unknown_option_is_a_usage_error() {
        CommandRun result = run("fellow", "list", "--no-such-option");
        assertEquals(FellowshipCommand.USAGE, result.status(), result.toString());
        assertTrue(result.err().contains("--no-such-option"), result.err());
    }

    @Test
    void missing_username_is_a_usage_error() {
        CommandRun result = run("fellow", "create");
        assertEquals(FellowshipCommand.USAGE, result.status(), result.toString());
        assertTrue(result.err().contains("USERNAME"), result.err());
    }

    @Test
    void missing_subcommand_is_a_usage_error() {
        assertEquals(FellowshipCommand.USAGE, run().status());
        assertEquals(FellowshipCommand.USAGE, run("fellow").status());
        assertEquals(FellowshipCommand.USAGE, run("token").status());
        assertEquals(FellowshipCommand.USAGE, run("launch").status());
    }

    @Test
    void help_and_version_succeed() {
        CommandRun help = run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("serve") && help.out().contains("fellow") && help.out().contains("token"));
        CommandRun serveHelp = run("serve", "--help");
        assertEquals(0, serveHelp.status());
        assertTrue(serveHelp.out().contains("--public-url") && serveHelp.out().contains("FELLOWSHIP_PUBLIC_URL"));
        CommandRun version = run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("fellowship "));
    }
}
