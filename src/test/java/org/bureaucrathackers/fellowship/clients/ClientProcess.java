package org.bureaucrathackers.fellowship.clients;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a real client program with a time limit, its input given and its output captured. */
public final class ClientProcess {

    public static final long TIMEOUT_SECONDS = 90;

    /** What a finished run printed, and how it exited. */
    public record Result(int exitCode, String output) {
        public boolean succeeded() {
            return exitCode == 0;
        }
    }

    private ClientProcess() {
    }

    public static Result run(Path workDir, Map<String, String> environment, String stdin, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Path log = workDir.resolve("client-output-" + System.nanoTime() + ".txt");
        builder.redirectOutput(log.toFile());
        try {
            Process process = builder.start();
            try (var in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Result(-1, Files.readString(log) + "\n[timed out after " + TIMEOUT_SECONDS + " s]");
            }
            return new Result(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first executable named {@code name} on the PATH. */
    public static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * A Python interpreter that can import Mastodon.py: Debian's packaged module imports only under the
     * system interpreter, which may not be the first {@code python3} on the PATH.
     */
    public static Optional<String> pythonWithMastodon(Path workDir) {
        List<String> candidates = new ArrayList<>(List.of("/usr/bin/python3"));
        onPath("python3").map(Path::toString).ifPresent(candidates::add);
        for (String python : candidates) {
            if (!Files.isExecutable(Path.of(python))) {
                continue;
            }
            Result probe = run(workDir, Map.of(), null, List.of(python, "-c", "import mastodon"));
            if (probe.succeeded()) {
                return Optional.of(python);
            }
        }
        return Optional.empty();
    }
}
