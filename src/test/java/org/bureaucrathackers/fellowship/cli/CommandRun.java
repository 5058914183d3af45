package org.bureaucrathackers.fellowship.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.bureaucrathackers.fellowship.CommandLineInstance;
import org.bureaucrathackers.fellowship.config.SettingsLoader;

/** Runs the command line in this process with its own environment and working folder, capturing output. */
record CommandRun(int status, String out, String err) {

    static CommandRun run(Path workingDir, Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = FellowshipCommand.run(args, outStream, errStream, new SettingsLoader(env, workingDir),
                    CommandLineInstance::open);
        }
        return new CommandRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The error output is exactly one line starting "fellowship: ", with no stack trace. */
    boolean failedWithOneLine() {
        return status == FellowshipCommand.FAILURE && err.startsWith("fellowship: ")
                && err.strip().lines().count() == 1;
    }

    @Override
    public String toString() {
        return "status " + status + "\nout: " + out + "\nerr: " + err;
    }
}
