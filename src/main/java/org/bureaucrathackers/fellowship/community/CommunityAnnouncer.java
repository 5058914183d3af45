package org.bureaucrathackers.fellowship.community;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.post.DeletedStatus;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hears of every committed post and lets {@link GroupAnnounces} decide, on its own thread: the services call
 * status events on their committing thread, which must not wait for the announcing transaction.
 */
public final class CommunityAnnouncer implements StatusEvents, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CommunityAnnouncer.class);
    private static final int MAX_WAITING = 10_000;
    private static final int CLOSING_WAIT_SECONDS = 5;

    private final ThreadPoolExecutor worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING), runnable -> {
                Thread thread = new Thread(runnable, "community-announces");
                thread.setDaemon(true);
                return thread;
            });
    private volatile GroupAnnounces announces;

    /** Starts announcing through {@code groupAnnounces} (built after the services that call this). */
    public void bind(GroupAnnounces groupAnnounces) {
        this.announces = groupAnnounces;
    }

    @Override
    public void published(Status status) {
        GroupAnnounces current = announces;
        if (current == null || status.isBoost() || !status.visibility().isOpen()) {
            return;
        }
        try {
            worker.execute(() -> {
                try {
                    current.consider(status);
                } catch (RuntimeException e) {
                    LOG.warn("announcing {} to its communities failed: {}", status.uri(), e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("too many posts waiting to be announced; {} is not", status.uri());
        }
    }

    @Override
    public void edited(Status status) {
    }

    @Override
    public void deleted(DeletedStatus deleted) {
    }

    /**
     * Lets the posts already heard of be announced (for at most {@link #CLOSING_WAIT_SECONDS} s) before the database
     * behind them closes: a command-line post must not leave its announce half done, nor log its failure.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("{} posts were not announced to their communities before closing", worker.getQueue().size());
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
