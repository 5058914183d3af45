package org.bureaucrathackers.fellowship.mastodon.streaming;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.bureaucrathackers.fellowship.notification.Notification;
import org.bureaucrathackers.fellowship.notification.NotificationEvents;
import org.bureaucrathackers.fellowship.post.DeletedStatus;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where committed statuses and notifications enter streaming. The services call it on their committing thread;
 * it only queues the event for one background thread that routes and renders (keeping events in order), so
 * posting never waits on streaming. With nobody listening, or the queue full, an event is dropped: clients
 * that miss one catch up by polling, as every client can.
 */
public final class StreamEvents implements StatusEvents, NotificationEvents, AutoCloseable {

    private static final int MAX_WAITING = 10_000;
    /** A backlog drops events by the thousand: one warning for each thousand is enough. */
    private static final int DROPS_PER_WARNING = 1_000;
    private static final Logger LOG = LoggerFactory.getLogger(StreamEvents.class);

    private volatile EventHub hub;
    private volatile StreamRouter router;
    private volatile ThreadPoolExecutor worker;
    private final AtomicLong dropped = new AtomicLong();

    /** Starts routing to {@code hub} (the web server is up); until then events go nowhere. */
    public synchronized void start(EventHub hub, StreamRouter router) {
        if (worker != null) {
            throw new IllegalStateException("streaming events already started");
        }
        this.hub = hub;
        this.router = router;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(MAX_WAITING),
                runnable -> {
                    Thread thread = new Thread(runnable, "streaming-events");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public void published(Status status) {
        dispatch(router -> router.published(status));
    }

    @Override
    public void edited(Status status) {
        dispatch(router -> router.edited(status));
    }

    @Override
    public void deleted(DeletedStatus deleted) {
        dispatch(router -> router.deleted(deleted));
    }

    @Override
    public void created(Notification notification) {
        dispatch(router -> router.notified(notification));
    }

    private void dispatch(Consumer<StreamRouter> work) {
        ThreadPoolExecutor running = worker;
        if (running == null || hub.isIdle()) {
            return;
        }
        StreamRouter target = router;
        try {
            running.execute(() -> {
                try {
                    work.accept(target);
                } catch (RuntimeException e) {
                    LOG.warn("a streaming event could not be routed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            long count = dropped.incrementAndGet();
            if (!running.isShutdown() && count % DROPS_PER_WARNING == 1) {
                LOG.warn("streaming is {} events behind: {} events dropped so far", MAX_WAITING, count);
            }
        }
    }

    /** Stops routing; events still waiting are dropped. */
    @Override
    public synchronized void close() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
