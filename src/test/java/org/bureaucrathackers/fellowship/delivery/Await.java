package org.bureaucrathackers.fellowship.delivery;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Waits for something another thread does, polling briefly, and fails with a description if it never happens. */
final class Await {

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private Await() {
    }

    public static void until(String what, BooleanSupplier condition) {
        until(what, condition, DEFAULT_TIMEOUT);
    }

    public static void until(String what, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting until " + what);
            }
            pause(Duration.ofMillis(10));
        }
    }

    /** Like {@link #until} but reports the last value seen. */
    public static <T> void until(String what, Supplier<T> value, java.util.function.Predicate<T> accepted) {
        long deadline = System.nanoTime() + DEFAULT_TIMEOUT.toNanos();
        T last = value.get();
        while (!accepted.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what + "; last saw " + last);
            }
            pause(Duration.ofMillis(10));
            last = value.get();
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
