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
 * Hears of every committed post, edit and deletion and lets {@link GroupAnnounces} and {@link GroupRelays}
 * decide, in order on one thread of its own: the services call status events on their committing thread, which
 * must not wait for the announcing transaction.
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
    private volatile GroupRelays relays;

    /**
     * Starts announcing posts through {@code groupAnnounces} and their edits and deletions through
     * {@code groupRelays} (both built after the services that call this).
     */
    public void bind(GroupAnnounces groupAnnounces, GroupRelays groupRelays) {
        this.announces = groupAnnounces;
        this.relays = groupRelays;
    }

    @Override
    public void published(Status status) {
        GroupAnnounces current = announces;
        if (current == null || status.isBoost() || !status.visibility().isOpen()) {
            return;
        }
        later(status, "announcing", () -> current.consider(status));
    }

    @Override
    public void edited(Status status) {
        GroupRelays current = relays;
        if (current == null || status.isBoost() || !status.visibility().isOpen()) {
            return;
        }
        later(status, "announcing the edit of", () -> current.edited(status));
    }

    @Override
    public void deleted(DeletedStatus deleted) {
        GroupRelays current = relays;
        Status status = deleted.status();
        if (current == null || status.isBoost() || deleted.boosterIds().isEmpty()) {
            return;
        }
        later(status, "announcing the deletion of", () -> current.deleted(deleted));
    }

    /** Runs {@code work} on the worker, after what was heard before; a failure is logged, never thrown. */
    private void later(Status status, String what, Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warn("{} {} to its communities failed: {}", what, status.uri(), e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("too many posts waiting for their communities; {} {} is not done", what, status.uri());
        }
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
