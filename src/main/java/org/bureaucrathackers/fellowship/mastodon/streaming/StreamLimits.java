package org.bureaucrathackers.fellowship.mastodon.streaming;

import java.time.Duration;

/**
 * Bounds of the streaming API: open connections overall and per token, streams per connection, the size of a
 * client's subscribe message, the events a connection may have waiting before it counts as too slow and is
 * dropped, and how often an idle connection hears a heartbeat.
 */
public record StreamLimits(int maxConnections, int maxConnectionsPerToken, int maxChannelsPerConnection,
                           int maxMessageBytes, int queuedEventsPerConnection, Duration heartbeat) {

    public static final StreamLimits DEFAULT = new StreamLimits(256, 8, 20, 4_096, 256, Duration.ofSeconds(15));

    public StreamLimits {
        if (maxConnections < 1 || maxConnectionsPerToken < 1 || maxChannelsPerConnection < 1 || maxMessageBytes < 64
                || queuedEventsPerConnection < 1 || heartbeat.isNegative() || heartbeat.isZero()) {
            throw new IllegalArgumentException("streaming limits must be positive");
        }
    }
}
