package org.bureaucrathackers.fellowship.media;

import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the remote media cache's rounds on one background thread of its own, so copying never holds the inbox
 * worker or a request: every {@link #SWEEP_SECONDS} seconds, and at once when nudged (a post with media was
 * stored). The database is the queue, so a nudge lost or a restart loses nothing.
 */
final class RemoteMediaWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteMediaWorker.class);
    static final int SWEEP_SECONDS = 5;

    /** One round; true when it did a full round's work and more may be waiting. */
    private final BooleanSupplier round;
    private final ScheduledExecutorService thread;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final AtomicBoolean started = new AtomicBoolean();

    RemoteMediaWorker(BooleanSupplier round) {
        this.round = round;
        this.thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread worker = new Thread(runnable, "remote-media");
            worker.setDaemon(true);
            return worker;
        });
    }

    void start() {
        if (!started.compareAndSet(false, true)) {
            return;
        }
        thread.scheduleWithFixedDelay(this::runRound, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /** Asks for a round soon (once started); nudges while one is pending make no more rounds. */
    void nudge() {
        if (!started.get() || !nudged.compareAndSet(false, true)) {
            return;
        }
        try {
            thread.execute(() -> {
                nudged.set(false);
                runRound();
            });
        } catch (RejectedExecutionException e) {
            nudged.set(false);
        }
    }

    private void runRound() {
        try {
            if (round.getAsBoolean()) {
                nudge();
            }
        } catch (RuntimeException e) {
            LOG.warn("remote media: a round failed, to be tried again: {}", e.toString());
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
