package org.bureaucrathackers.fellowship.fetch;

import java.time.Duration;

/**
 * Bounds on one outgoing HTTP exchange.
 *
 * @param connectTimeout   longest wait for a TCP (and TLS) connection
 * @param totalTimeout     longest time for the whole exchange, body included
 * @param maxResponseBytes largest response body, by Content-Length and by what actually arrives
 * @param maxRequestBytes  largest request body sent
 */
public record TransportLimits(Duration connectTimeout, Duration totalTimeout, int maxResponseBytes,
                              int maxRequestBytes) {

    public static final int ONE_MIB = 1 << 20;

    /** What the issue asks for: connect 5 s, total 20 s, 1 MiB each way (X14). */
    public static final TransportLimits DEFAULT =
            new TransportLimits(Duration.ofSeconds(5), Duration.ofSeconds(20), ONE_MIB, ONE_MIB);

    public TransportLimits {
        if (connectTimeout.isNegative() || connectTimeout.isZero() || totalTimeout.isNegative()
                || totalTimeout.isZero() || maxResponseBytes < 1 || maxRequestBytes < 0) {
            throw new IllegalArgumentException("transport limits must be positive");
        }
    }
}
