package org.bureaucrathackers.fellowship.cli;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * Stops the server in order on SIGTERM and SIGINT, then exits. A plain shutdown hook is not enough: the embedded
 * database closes itself from its own hook, concurrently, so the workers could no longer record what they
 * finished or hand back what they did not. Handling the signal first runs the stop while the database is open;
 * the shutdown hook stays for every other way the JVM ends. A clean stop logs nothing; work handed back is logged.
 */
final class StopSignals {

    private static final Logger LOG = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    /** @param stop stops everything; must be safe to call more than once */
    static void install(Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "fellowship-shutdown"));
        for (String name : List.of("TERM", "INT")) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    Thread stopping = new Thread(() -> {
                        LOG.debug("SIG{} received: stopping", signal.getName());
                        stop.run();
                        System.exit(0);
                    }, "fellowship-stop");
                    stopping.start();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // Not a signal this platform knows: the shutdown hook still stops the server.
            }
        }
    }
}
