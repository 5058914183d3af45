package org.bureaucrathackers.fellowship.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A listener on a loopback port that counts every connection it is offered and closes it unanswered: the
 * witness that a guarded request sent nothing to where it was refused.
 */
public final class ConnectionCounter implements AutoCloseable {

    private final ServerSocket socket;
    private final AtomicInteger connections = new AtomicInteger();

    private ConnectionCounter(ServerSocket socket) {
        this.socket = socket;
    }

    public static ConnectionCounter start() {
        try {
            ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            ConnectionCounter counter = new ConnectionCounter(socket);
            Thread acceptor = new Thread(counter::acceptUntilClosed, "connection-counter");
            acceptor.setDaemon(true);
            acceptor.start();
            return counter;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptUntilClosed() {
        while (!socket.isClosed()) {
            try (Socket ignored = socket.accept()) {
                connections.incrementAndGet();
            } catch (IOException e) {
                // Closed: the loop ends.
            }
        }
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** {@code 127.0.0.1:port}. */
    public String authority() {
        return "127.0.0.1:" + port();
    }

    public int connections() {
        return connections.get();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
