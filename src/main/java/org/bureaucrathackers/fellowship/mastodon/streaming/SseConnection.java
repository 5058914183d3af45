package org.bureaucrathackers.fellowship.mastodon.streaming;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;

/**
 * A server-sent events client (Mastodon.py streams this way). Servlet writes block, so a thread of its own
 * writes the queue out: a slow client holds only that thread, never a publisher, and is dropped when its queue
 * fills; a gone client fails the next write, a heartbeat at the latest.
 */
final class SseConnection extends Connection {

    /** Put on the queue to stop the writer; compared by identity. */
    private static final Frame STOP = new Frame(List.of(), "stop", "");

    private final OutputStream out;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    /** Released once the response has been handed back, so shutdown can wait for it. */
    private final CountDownLatch ended = new CountDownLatch(1);

    SseConnection(Caller caller, StreamLimits limits, OutputStream out) {
        super(caller, limits);
        this.out = out;
    }

    /** Completes when the writer has stopped and the response may end. */
    CompletableFuture<Void> finished() {
        return finished;
    }

    /** Writes events until the connection closes or the client goes away. */
    void writeUntilClosed() {
        try {
            // Mastodon opens every stream with this comment; it also puts the headers on the wire at once.
            write(":)\n\n");
            while (!isClosed()) {
                Frame frame = queue.take();
                if (frame == STOP) {
                    break;
                }
                write(frame.sseText());
            }
        } catch (IOException e) {
            // The client went away.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
            // Completing runs the web server's completion of the response on this thread.
            finished.complete(null);
            ended.countDown();
        }
    }

    /** Waits, at most until {@code deadlineNanos} (System.nanoTime), for the response to be handed back. */
    boolean awaitEnd(long deadlineNanos) {
        try {
            return ended.await(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void write(String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    void wake() {
        // The writer waits on the queue itself.
    }

    @Override
    void closeTransport() {
        // The queue was just emptied, so there is room: the writer stops after what it is writing now.
        queue.offer(STOP);
    }

    /** When the writer could not even start. */
    void abandon() {
        close();
        finished.complete(null);
        ended.countDown();
    }
}
