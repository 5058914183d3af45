package org.bureaucrathackers.fellowship.media;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs deferred media processing on one background thread with a bounded queue. The database is the real queue:
 * a sweep at start and then every {@link #SWEEP_SECONDS} seconds hands over the uploads still waiting, so work
 * lost to a full queue, a failure or a restart is taken up again.
 */
final class BackgroundProcessing implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundProcessing.class);
    static final int SWEEP_SECONDS = 15;

    private final LongConsumer work;
    private final Supplier<List<Long>> waiting;
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor worker;
    private final ScheduledExecutorService sweeper;

    /** @param waiting the ids still waiting, at most a queue's worth */
    BackgroundProcessing(LongConsumer work, Supplier<List<Long>> waiting) {
        this.work = work;
        this.waiting = waiting;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(MediaLimits.PROCESSING_QUEUE), daemon("media-processing"));
        this.sweeper = Executors.newSingleThreadScheduledExecutor(daemon("media-processing-sweep"));
    }

    /** Starts sweeping: what an earlier run left unprocessed is taken up at once. */
    void start() {
        sweeper.scheduleWithFixedDelay(this::sweep, 0, SWEEP_SECONDS, TimeUnit.SECONDS);
    }

    /** Queues {@code id} unless it is queued already or the queue is full (the next sweep brings it back). */
    void submit(long id) {
        if (!queued.add(id)) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    work.accept(id);
                } catch (RuntimeException e) {
                    LOG.warn("media {}: processing failed, to be tried again: {}", id, e.toString());
                } finally {
                    queued.remove(id);
                }
            });
        } catch (RejectedExecutionException e) {
            queued.remove(id);
        }
    }

    private void sweep() {
        try {
            waiting.get().forEach(this::submit);
        } catch (RuntimeException e) {
            LOG.warn("media processing: cannot list the uploads waiting: {}", e.toString());
        }
    }

    /** Stops; an upload being processed stays waiting in the database for the next start. */
    @Override
    public void close() {
        sweeper.shutdownNow();
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
