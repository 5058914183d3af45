package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another process that holds an H2 file open without AUTO_SERVER, the way a second, misconfigured
 * program would. Run as a main class in a child JVM; {@link #hold} starts one and waits until it holds.
 */
public final class H2FileHolder implements AutoCloseable {

    private static final String READY = "holding";
    private final Process process;

    private H2FileHolder(Process process) {
        this.process = process;
    }

    /** Child side: opens the database and keeps it open until its standard input closes. */
    public static void main(String[] args) throws Exception {
        try (Connection ignored = DriverManager.getConnection("jdbc:h2:file:" + args[0] + ";AUTO_SERVER=FALSE")) {
            System.out.println(READY);
            System.out.flush();
            while (System.in.read() != -1) {
                // Wait for the parent to close the pipe.
            }
        }
    }

    /** @param databaseFile the H2 file path without its .mv.db suffix */
    public static H2FileHolder hold(Path databaseFile) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                H2FileHolder.class.getName(), databaseFile.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process process = builder.start();
            H2FileHolder holder = new H2FileHolder(process);
            byte[] line = process.getInputStream().readNBytes(READY.length());
            if (!READY.equals(new String(line, StandardCharsets.US_ASCII))) {
                holder.close();
                throw new IllegalStateException("the holding process did not open " + databaseFile);
            }
            return holder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
