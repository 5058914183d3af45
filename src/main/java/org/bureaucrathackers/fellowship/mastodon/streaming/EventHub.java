package org.bureaucrathackers.fellowship.mastodon.streaming;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The open streaming connections, in this process. Admits connections within the limits, hands each event to
 * the connections listening on a matching channel (offering to their bounded queues, never waiting), and
 * sends heartbeats to idle ones. Closing it closes every connection at once.
 */
public final class EventHub implements AutoCloseable {

    /** How long closing waits for server-sent event responses to end. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private final StreamLimits limits;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService heartbeats;
    private final ExecutorService writers;
    private boolean closed;

    public EventHub(StreamLimits limits) {
        this.limits = limits;
        this.heartbeats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "streaming-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        this.writers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "streaming-sse-writer");
            thread.setDaemon(true);
            return thread;
        });
        long period = limits.heartbeat().toMillis();
        heartbeats.scheduleAtFixedRate(() -> connections.forEach(Connection::heartbeat), period, period,
                TimeUnit.MILLISECONDS);
    }

    public StreamLimits limits() {
        return limits;
    }

    /** Why a connection was not admitted. */
    enum Refusal {
        NONE, SERVER_FULL, TOKEN_FULL, SHUTTING_DOWN
    }

    /** Whether one more connection with this token would be admitted now (a cheap check before an upgrade). */
    Refusal wouldRefuse(long tokenId) {
        synchronized (connections) {
            if (closed) {
                return Refusal.SHUTTING_DOWN;
            }
            if (connections.size() >= limits.maxConnections()) {
                return Refusal.SERVER_FULL;
            }
            long sameToken = connections.stream().filter(c -> c.caller().tokenId() == tokenId).count();
            return sameToken >= limits.maxConnectionsPerToken() ? Refusal.TOKEN_FULL : Refusal.NONE;
        }
    }

    /** Registers {@code connection}, or refuses it (and leaves it to the caller to close). */
    Refusal admit(Connection connection) {
        synchronized (connections) {
            Refusal refusal = wouldRefuse(connection.caller().tokenId());
            if (refusal != Refusal.NONE) {
                return refusal;
            }
            connections.add(connection);
        }
        connection.onClose(() -> connections.remove(connection));
        return Refusal.NONE;
    }

    /** Whether anyone listens at all: with nobody, events need not even be rendered. */
    public boolean isIdle() {
        return connections.isEmpty();
    }

    int size() {
        return connections.size();
    }

    /**
     * Queues {@code event} with {@code payload} on every channel matching {@code channels} of every connection
     * {@code audience} accepts; a connection too slow to take it is dropped.
     */
    void publish(Predicate<Channel> channels, Predicate<Connection> audience, String event, String payload) {
        for (Connection connection : connections) {
            List<Channel> matching = connection.channels().stream().filter(channels).toList();
            if (matching.isEmpty() || !audience.test(connection)) {
                continue;
            }
            for (Channel channel : matching) {
                if (!connection.deliver(new Frame(channel.label(), event, payload))) {
                    break;
                }
            }
        }
    }

    /** Queues {@code event} on each channel of {@code connection} matching {@code channels}. */
    void publishTo(Connection connection, Predicate<Channel> channels, String event, String payload) {
        for (Channel channel : connection.channels()) {
            if (channels.test(channel) && !connection.deliver(new Frame(channel.label(), event, payload))) {
                return;
            }
        }
    }

    /** Whether any connection listens on a channel matching {@code channels}. */
    boolean anyListening(Predicate<Channel> channels) {
        return connections.stream().anyMatch(c -> c.channels().stream().anyMatch(channels));
    }

    /** Starts the writer of a server-sent events connection on a thread of its own (bounded by the admission limits). */
    void startWriter(SseConnection connection) {
        try {
            writers.execute(connection::writeUntilClosed);
        } catch (RejectedExecutionException e) {
            connection.abandon();
        }
    }

    /** The connections of fellows listening on a channel matching {@code channels}. */
    List<Connection> listening(Predicate<Channel> channels) {
        return connections.stream()
                .filter(c -> c.account() != null && c.channels().stream().anyMatch(channels))
                .toList();
    }

    /**
     * Closes every connection and admits no more. Waits a little (at most {@link #CLOSE_WAIT}) for server-sent
     * event responses to be handed back, so the web server stops with nothing half-done; WebSockets close on
     * their own.
     */
    @Override
    public void close() {
        synchronized (connections) {
            closed = true;
        }
        heartbeats.shutdownNow();
        List<Connection> open = List.copyOf(connections);
        open.forEach(Connection::close);
        long deadline = System.nanoTime() + CLOSE_WAIT.toNanos();
        for (Connection connection : open) {
            if (connection instanceof SseConnection sse) {
                sse.awaitEnd(deadline);
            }
        }
        // Writers stop once told to, or when the web server closes their sockets.
        writers.shutdown();
    }
}
