package org.bureaucrathackers.fellowship.delivery;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Counts the dispatcher's passes over the queue and remembers the last one that ended caught up: nothing due to
 * start and no delivery in flight. Waiting for such a pass begun after a given moment is a positive sign that
 * everything due by then has been sent and recorded — what a caller checking that "nothing more happens" needs,
 * instead of sleeping for a while and hoping the worker had its turn.
 */
final class DispatchPasses {

    private long begun;
    private long lastCaughtUp;

    /** Marks the start of a pass and returns its number. */
    synchronized long begin() {
        return ++begun;
    }

    /** Marks the end of pass {@code number}; {@code caughtUp} when it started nothing and nothing was in flight. */
    synchronized void end(long number, boolean caughtUp) {
        if (caughtUp && number > lastCaughtUp) {
            lastCaughtUp = number;
            notifyAll();
        }
    }

    /** The number the next pass will get: a pass of at least this number begins after this call. */
    synchronized long next() {
        return begun + 1;
    }

    /** Waits until a pass numbered {@code from} or later has ended caught up; false if the timeout came first. */
    synchronized boolean awaitCaughtUp(long from, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lastCaughtUp < from) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }
}
