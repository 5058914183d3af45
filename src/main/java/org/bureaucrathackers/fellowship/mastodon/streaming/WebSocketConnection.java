package org.bureaucrathackers.fellowship.mastodon.streaming;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * A WebSocket client. Frames go out one at a time with Jetty's asynchronous send: the next is sent when the
 * previous completes, so no thread ever waits on a slow client; its queue fills instead, and it is dropped.
 */
final class WebSocketConnection extends Connection {

    /** Going away: the server is shutting down, or the client could not keep up. */
    private static final int GOING_AWAY = 1001;

    private final Session session;
    private final AtomicBoolean sending = new AtomicBoolean();

    WebSocketConnection(Caller caller, StreamLimits limits, Session session) {
        super(caller, limits);
        this.session = session;
    }

    @Override
    void wake() {
        while (!isClosed() && sending.compareAndSet(false, true)) {
            Frame frame = queue.poll();
            if (frame != null) {
                send(frame);
                return;
            }
            sending.set(false);
            if (queue.isEmpty()) {
                return;
            }
        }
    }

    private void send(Frame frame) {
        Callback done = Callback.from(() -> {
            sending.set(false);
            wake();
        }, failure -> close());
        try {
            if (frame.isHeartbeat()) {
                session.sendPing(ByteBuffer.allocate(0), done);
            } else {
                session.sendText(frame.webSocketText(), done);
            }
        } catch (RuntimeException e) {
            close();
        }
    }

    /**
     * Tells the client what was wrong with a message it sent, as Mastodon does ({@code {"error": ..., "status": ...}}).
     * Jetty queues whole messages sent from several threads, so this may overtake queued events.
     */
    void sendError(int status, String message) {
        ObjectNode json = Json.object();
        json.put("error", message);
        json.put("status", status);
        try {
            session.sendText(Json.write(json), Callback.NOOP);
        } catch (RuntimeException e) {
            close();
        }
    }

    @Override
    void closeTransport() {
        if (session.isOpen()) {
            session.close(GOING_AWAY, "stream closed", Callback.NOOP);
        }
    }
}
