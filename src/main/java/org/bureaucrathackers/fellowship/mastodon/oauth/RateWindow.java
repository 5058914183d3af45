package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * At most {@code limit} events per key in any sliding {@code window}. Memory is bounded: each key keeps at
 * most {@code limit} instants, and at most {@code maxKeys} keys are tracked (when full, keys whose events
 * have all aged out go first, then the least recently touched). The counts live in this process, which is
 * right for one node; several nodes behind a balancer would each count on their own.
 */
public final class RateWindow {

    private final int limit;
    private final Duration window;
    private final int maxKeys;
    private final Clock clock;
    private final LinkedHashMap<String, ArrayDeque<Instant>> events = new LinkedHashMap<>(64, 0.75f, true);

    public RateWindow(int limit, Duration window, int maxKeys, Clock clock) {
        if (limit < 1 || maxKeys < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limit, window and maxKeys must be positive");
        }
        this.limit = limit;
        this.window = window;
        this.maxKeys = maxKeys;
        this.clock = clock;
    }

    /** How long until {@code key} may act again; empty when it may act now. */
    public synchronized Optional<Duration> blockedFor(String key) {
        ArrayDeque<Instant> times = events.get(key);
        if (times == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        forgetOld(times, now);
        if (times.size() < limit) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    }

    /** Counts one event for {@code key}. */
    public synchronized void record(String key) {
        Instant now = clock.instant();
        ArrayDeque<Instant> times = events.get(key);
        if (times == null) {
            makeRoom(now);
            times = new ArrayDeque<>();
            events.put(key, times);
        }
        forgetOld(times, now);
        times.addLast(now);
        while (times.size() > limit) {
            times.removeFirst();
        }
    }

    /** Forgets {@code key}'s events (a fellow who signs in correctly starts afresh). */
    public synchronized void clear(String key) {
        events.remove(key);
    }

    synchronized int trackedKeys() {
        return events.size();
    }

    private void makeRoom(Instant now) {
        if (events.size() < maxKeys) {
            return;
        }
        Iterator<Map.Entry<String, ArrayDeque<Instant>>> entries = events.entrySet().iterator();
        while (entries.hasNext()) {
            ArrayDeque<Instant> times = entries.next().getValue();
            forgetOld(times, now);
            if (times.isEmpty()) {
                entries.remove();
            }
        }
        if (events.size() >= maxKeys) {
            Iterator<String> eldest = events.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    private void forgetOld(ArrayDeque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
