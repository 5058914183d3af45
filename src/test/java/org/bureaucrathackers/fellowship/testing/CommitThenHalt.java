package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.store.Database;
import org.bureaucrathackers.fellowship.store.JooqInboxStore;

/**
 * A separate process that commits rows through the real store one transaction at a time, reports each commit,
 * and then ends without closing anything ({@link Runtime#halt}: no shutdown hook, no database close), which
 * leaves the database file as a SIGKILL right after the last acknowledgement would.
 */
public final class CommitThenHalt {

    /** Child side: args are the JDBC URL and how many commits to make. */
    public static void main(String[] args) {
        Database database = Database.open(args[0], null, 2);
        JooqInboxStore store = new JooqInboxStore(database);
        int count = Integer.parseInt(args[1]);
        for (int i = 0; i < count; i++) {
            int n = i;
            database.inTransaction(() -> store.markSeen(id(n), Instant.now()));
        }
        System.out.println("committed " + count);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    public static String id(int n) {
        return "https://peer.test/activities/" + n;
    }

    /** Runs the child against {@code jdbcUrl}; returns what it printed. */
    public static String run(String jdbcUrl, int count) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CommitThenHalt.class.getName(), jdbcUrl, Integer.toString(count)))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("the committing process did not end");
                }
                return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            } finally {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
