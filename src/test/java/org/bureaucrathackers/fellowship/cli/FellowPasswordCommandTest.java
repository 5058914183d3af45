package org.bureaucrathackers.fellowship.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.assembly.Assembly;
import org.bureaucrathackers.fellowship.config.Settings;
import org.bureaucrathackers.fellowship.config.SettingsLoader;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.signature.PasswordHashes;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Giving fellows a password for Mastodon apps without it showing on the command line. */
class FellowPasswordCommandTest {

    @TempDir
    Path work;

    private CommandRun run(String... args) {
        return CommandRun.run(work, Map.of(), args);
    }

    private Settings settings() {
        return new SettingsLoader(Map.of(), work).load(Map.of(), null);
    }

    private Path file(String content) throws Exception {
        Path file = Files.createTempFile(work, "password", ".txt");
        Files.writeString(file, content);
        return file;
    }

    private String storedHash(String username) {
        try (Assembly app = Assembly.open(settings())) {
            Account fellow = app.foundation.fellows.findLocal(username).orElseThrow();
            return new JooqAccountStore(app.foundation.database).findLocalUser(fellow.id()).orElseThrow().passwordHash();
        }
    }

    @Test
    void fellow_create_reads_the_password_from_the_first_line_of_a_file() throws Exception {
        CommandRun result = run("fellow", "create", "alice", "--email", "alice@ministry.example",
                "--password-file", file("correct horse battery\r\nsecond line ignored\n").toString());

        assertEquals(0, result.status(), result.toString());
        assertTrue(PasswordHashes.matches("correct horse battery", storedHash("alice")));
    }

    @Test
    void fellow_password_sets_a_new_password_for_an_existing_fellow() throws Exception {
        run("fellow", "create", "bob");
        CommandRun result = run("fellow", "password", "bob", "--password-file", file("a new passphrase\n").toString());

        assertEquals(0, result.status(), result.toString());
        assertEquals("password of @bob@localhost:8080 set", result.out().strip());
        String hash = storedHash("bob");
        assertTrue(hash.startsWith("$argon2id$"));
        assertTrue(PasswordHashes.matches("a new passphrase", hash));
        assertFalse(hash.contains("passphrase"));
    }

    @Test
    void fellow_password_can_revoke_every_token_of_the_fellow() throws Exception {
        run("fellow", "create", "cleo");
        String token;
        try (Assembly app = Assembly.open(settings())) {
            token = app.foundation.tokens.issue(app.foundation.fellows.findLocal("cleo").orElseThrow(), "read").secret();
        }
        CommandRun result = run("fellow", "password", "cleo", "--revoke-tokens", "--password-file",
                file("another passphrase").toString());

        assertEquals(0, result.status(), result.toString());
        assertTrue(result.out().contains("1 token revoked"), result.out());
        try (Assembly app = Assembly.open(settings())) {
            AccessTokens tokens = app.foundation.tokens;
            assertTrue(tokens.resolve(token).isEmpty());
        }
    }

    @Test
    void bad_passwords_and_unknown_fellows_fail_with_one_line() throws Exception {
        run("fellow", "create", "dana");
        CommandRun unknown = run("fellow", "password", "nobody", "--password-file", file("long enough pw").toString());
        assertTrue(unknown.failedWithOneLine(), unknown.toString());
        assertTrue(unknown.err().contains("no fellow called 'nobody'"));

        CommandRun shortOne = run("fellow", "password", "dana", "--password-file", file("short").toString());
        assertTrue(shortOne.failedWithOneLine(), shortOne.toString());
        assertTrue(shortOne.err().contains("8 to 256 characters"));

        CommandRun empty = run("fellow", "password", "dana", "--password-file", file("\n").toString());
        assertTrue(empty.failedWithOneLine(), empty.toString());
        assertTrue(empty.err().contains("no password"));

        CommandRun missing = run("fellow", "password", "dana", "--password-file", work.resolve("none.txt").toString());
        assertTrue(missing.failedWithOneLine(), missing.toString());

        CommandRun huge = run("fellow", "password", "dana", "--password-file", file("x".repeat(5000)).toString());
        assertTrue(huge.failedWithOneLine(), huge.toString());
        assertEquals(null, storedHash("dana"), "nothing was set");
    }

    @Test
    void a_password_on_the_command_line_and_in_a_file_is_a_usage_error() throws Exception {
        CommandRun both = run("fellow", "create", "erin", "--password", "correct horse battery",
                "--password-file", file("correct horse battery").toString());
        assertEquals(FellowshipCommand.USAGE, both.status(), both.toString());
    }
}
