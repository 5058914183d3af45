package org.bureaucrathackers.fellowship.lifecycle;

/**
 * Whether the JVM is shutting down. The embedded database closes itself from its own shutdown hook, so a
 * background worker's last pass may fail then; that is expected and not worth a warning.
 */
public final class JvmShutdown {

    private JvmShutdown() {
    }

    public static boolean inProgress() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }
}
