package org.bureaucrathackers.fellowship.actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** At most one go per host per interval; remembers the most recent hosts only. */
final class HostRateLimit {

    private static final int MAX_HOSTS = 10_000;

    private final Clock clock;
    private final Duration interval;
    private final Map<String, Instant> last = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
            return size() > MAX_HOSTS;
        }
    };

    HostRateLimit(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
    }

    /** True, and counted, when {@code host} had no go within the interval. */
    synchronized boolean tryAcquire(String host) {
        Instant now = clock.instant();
        Instant previous = last.get(host);
        if (previous != null && now.isBefore(previous.plus(interval))) {
            return false;
        }
        last.put(host, now);
        return true;
    }
}
