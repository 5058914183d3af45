package org.bureaucrathackers.fellowship;

import org.bureaucrathackers.fellowship.cli.FellowshipCommand;

/**
 * Entry point of the jar: hands the arguments to the command line, with the way to open an instance, and exits
 * with its status.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int status = FellowshipCommand.run(args, System.out, System.err, CommandLineInstance::open);
        if (status != FellowshipCommand.KEEP_RUNNING) {
            System.exit(status);
        }
    }
}
