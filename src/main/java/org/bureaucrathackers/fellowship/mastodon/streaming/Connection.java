package org.bureaucrathackers.fellowship.mastodon.streaming;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;

/**
 * One streaming client: who it is, the channels it listens to, and a bounded queue of events waiting to be
 * written. Publishing only ever offers to the queue; a client that lets it fill up is too slow and is dropped,
 * so no subscriber can hold up the server. Subclasses write the queue out over their transport.
 */
abstract class Connection {

    private final Caller caller;
    private final int maxChannels;
    private final Set<Channel> channels = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Runnable onClose = () -> {
    };
    protected final BlockingQueue<Frame> queue;

    Connection(Caller caller, StreamLimits limits) {
        this.caller = caller;
        this.maxChannels = limits.maxChannelsPerConnection();
        this.queue = new ArrayBlockingQueue<>(limits.queuedEventsPerConnection());
    }

    Caller caller() {
        return caller;
    }

    /** The fellow listening, or null for an application's token (public streams only). */
    Account account() {
        return caller.account();
    }

    /** Adds a channel; 400 beyond the limit. Subscribing twice is subscribing once. */
    void subscribe(Channel channel) {
        synchronized (channels) {
            if (!channels.contains(channel) && channels.size() >= maxChannels) {
                throw new HttpError(400, "At most " + maxChannels + " streams per connection");
            }
            channels.add(channel);
        }
    }

    void unsubscribe(Channel channel) {
        channels.remove(channel);
    }

    Collection<Channel> channels() {
        return List.copyOf(channels);
    }

    /**
     * Queues an event without ever waiting. Returns false when the connection is closed or, its queue being full,
     * has just been dropped as too slow.
     */
    final boolean deliver(Frame frame) {
        if (closed.get()) {
            return false;
        }
        if (!queue.offer(frame)) {
            close();
            return false;
        }
        wake();
        return true;
    }

    /** Queues a heartbeat unless events are waiting anyway (they keep the connection alive themselves). */
    final void heartbeat() {
        if (!closed.get() && queue.isEmpty() && queue.offer(Frame.HEARTBEAT)) {
            wake();
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Runs {@code action} once the connection closes (the hub forgets it). */
    void onClose(Runnable action) {
        this.onClose = action;
        if (closed.get()) {
            action.run();
        }
    }

    /** Closes once, from any thread: what was queued is dropped and the transport told to finish. */
    final void close() {
        if (closed.compareAndSet(false, true)) {
            queue.clear();
            onClose.run();
            closeTransport();
        }
    }

    /** Frames were queued: make sure something is writing them. */
    abstract void wake();

    /** Ends the transport promptly; must not block. */
    abstract void closeTransport();
}
