package org.bureaucrathackers.fellowship.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ServerSocketChannel;

/**
 * A server socket bound before the web server is built, for when the public URL must name the port and the port is
 * left to the system (port 0): bind, read the port back, build the URL and the services from it, then hand this to
 * {@link WebServer}, which accepts on it and closes it when it stops.
 */
public final class ListeningSocket implements AutoCloseable {

    private final ServerSocketChannel channel;

    private ListeningSocket(ServerSocketChannel channel) {
        this.channel = channel;
    }

    /** Binds {@code host:port}; port 0 takes any free one. Throws {@link PortInUseException} when it is taken. */
    public static ListeningSocket open(String host, int port) {
        ServerSocketChannel channel = null;
        try {
            channel = ServerSocketChannel.open();
            channel.setOption(StandardSocketOptions.SO_REUSEADDR, true);
            channel.bind(new InetSocketAddress(host, port));
            return new ListeningSocket(channel);
        } catch (BindException e) {
            closeQuietly(channel);
            throw new PortInUseException("cannot listen on " + host + ":" + port
                    + ": the port is already in use (choose another with --bind)");
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot listen on " + host + ":" + port, e);
        }
    }

    /** The port bound, also when port 0 was asked for. */
    public int port() {
        return channel.socket().getLocalPort();
    }

    ServerSocketChannel channel() {
        return channel;
    }

    /** Closes the socket if no web server took it over (a start that failed before, say). */
    @Override
    public void close() {
        closeQuietly(channel);
    }

    private static void closeQuietly(ServerSocketChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing listens on it any more either way.
        }
    }
}
