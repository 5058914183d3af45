package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server as its own JVM ({@code Main serve}), which a test can kill as a power cut would, and the
 * command line ({@code Main fellow create}, {@code Main post}, ...) run the same way beside it. Everything a
 * process prints goes to one log file, whose tail a failing test shows.
 */
public final class ServerProcess implements AutoCloseable {

    private static final String MAIN = "org.bureaucrathackers.fellowship.Main";
    private static final HttpClient PROBE = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final AtomicInteger COMMANDS = new AtomicInteger();

    private final Process process;
    private final Setup setup;

    /** The line {@code serve} prints once it listens, with the port it bound. */
    private static final Pattern SERVING = Pattern.compile("Fellowship is serving \\S+ \\(listening on [^ ]+:(\\d+)");
    private static final Duration PORT_WAIT = Duration.ofSeconds(60);

    /**
     * Where an instance lives: its port on 127.0.0.1 (0 until a server chose one), its data folder, the flags naming its database, and the
     * log every process of it appends to.
     */
    public record Setup(int port, Path dataDir, List<String> databaseFlags, Path log) {
        public String base() {
            return "http://127.0.0.1:" + port;
        }

        /** The same instance on the port its server chose. */
        Setup onPort(int chosen) {
            return new Setup(chosen, dataDir, databaseFlags, log);
        }

        List<String> flags() {
            List<String> flags = new ArrayList<>(List.of("--public-url", base(), "--bind", "127.0.0.1:" + port,
                    "--data", dataDir.toString(), "--allow-private-network", "true"));
            flags.addAll(databaseFlags);
            return flags;
        }
    }

    /** A finished command: its exit status and what it printed (standard output and error together). */
    public record Run(int exitCode, String output) {
        /** The last line printed, where commands put their result. */
        public String lastLine() {
            String[] lines = output.strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    private ServerProcess(Process process, Setup setup) {
        this.process = process;
        this.setup = setup;
    }

    /**
     * Starts {@code serve}; see {@link #awaitReady}. On port 0 the server binds a port the system chooses, read
     * back from the line it prints: {@link #setup()} then names it, and a restart passes that port explicitly
     * (the ids the instance stored contain it).
     */
    public static ServerProcess start(Setup setup) {
        List<String> args = new ArrayList<>(List.of("serve"));
        args.addAll(setup.flags());
        note(setup, "serve");
        long logStart = size(setup.log());
        ProcessBuilder builder = java(setup, true, List.of("-XX:+UseSerialGC"), args)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(setup.log().toFile()));
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (setup.port() != 0) {
            return new ServerProcess(process, setup);
        }
        ServerProcess started = new ServerProcess(process, setup);
        return new ServerProcess(process, setup.onPort(started.awaitBoundPort(logStart)));
    }

    /** The setup of this server, with the port it listens on. */
    public Setup setup() {
        return setup;
    }

    /** Waits (bounded) for the line that names the bound port, in the log after {@code logStart}. */
    private int awaitBoundPort(long logStart) {
        long deadline = System.nanoTime() + PORT_WAIT.toNanos();
        while (true) {
            Matcher serving = SERVING.matcher(logSince(setup.log(), logStart));
            if (serving.find()) {
                return Integer.parseInt(serving.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + " while starting:\n"
                        + tail(setup.log(), 40));
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new AssertionError("the server did not say its port within " + PORT_WAIT + ":\n"
                        + tail(setup.log(), 40));
            }
            Await.pause(Duration.ofMillis(100));
        }
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String logSince(Path log, long start) {
        try {
            byte[] all = Files.readAllBytes(log);
            int from = (int) Math.min(start, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a command of the command line against the instance (its settings flags added) and waits for it. */
    public static Run command(Setup setup, Duration timeout, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(setup.flags());
        Path output = setup.log().resolveSibling("command-" + COMMANDS.incrementAndGet() + ".out");
        note(setup, String.join(" ", command));
        // Short-lived: the quick compiler alone starts it sooner.
        ProcessBuilder builder = java(setup, false, List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"), args)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Process process = null;
        try {
            process = builder.start();
            boolean exited = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!exited) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String printed = Files.readString(output);
            Files.writeString(setup.log(), printed, StandardOpenOption.APPEND);
            return new Run(exited ? process.exitValue() : -1, printed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }

    /** Waits until the server answers HTTP; fails with the log's tail if it dies or takes longer. */
    public ServerProcess awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(setup.base() + "/api/v1/instance"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (true) {
            if (!process.isAlive()) {
                throw new AssertionError("the server exited with " + process.exitValue() + " while starting:\n"
                        + tail(setup.log(), 40));
            }
            try {
                if (PROBE.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            if (System.nanoTime() > deadline) {
                kill();
                throw new AssertionError("the server did not answer within " + timeout + ":\n"
                        + tail(setup.log(), 40));
            }
            Await.pause(Duration.ofMillis(100));
        }
    }

    /** SIGKILL, as a power cut or the OOM killer: no shutdown hook runs. Returns once the process is gone. */
    public void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    /** SIGTERM, letting the server stop as it would under systemd; killed if it takes longer than 30 s. */
    public void stop() {
        note(setup, "stop");
        process.destroy();
        if (!awaitExit(Duration.ofSeconds(30))) {
            kill();
        }
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The last {@code lines} lines of {@code log}. */
    public static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static ProcessBuilder java(Setup setup, boolean server, List<String> jvmOptions, List<String> args) {
        SharedClasses shared = SharedClasses.get();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(shared.options(server));
        command.add("-cp");
        command.add(shared.classPath());
        command.add(MAIN);
        command.addAll(args);
        // The data folder's parent as working directory: no config/fellowship.yaml of the build is picked up,
        // nor FELLOWSHIP_ variables of whoever runs the tests.
        ProcessBuilder builder = new ProcessBuilder(command).directory(setup.dataDir().getParent().toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("FELLOWSHIP_"));
        return builder;
    }

    private static void note(Setup setup, String what) {
        try {
            Files.writeString(setup.log(), "---- " + java.time.Instant.now() + " " + what + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
