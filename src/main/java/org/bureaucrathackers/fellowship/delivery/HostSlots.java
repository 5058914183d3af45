package org.bureaucrathackers.fellowship.delivery;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-flight deliveries per host on this node, never more than {@code perHost} at once. */
final class HostSlots {

    private final int perHost;
    private final Map<String, Integer> inFlight = new HashMap<>();

    HostSlots(int perHost) {
        this.perHost = perHost;
    }

    synchronized boolean tryAcquire(String host) {
        int current = inFlight.getOrDefault(host, 0);
        if (current >= perHost) {
            return false;
        }
        inFlight.put(host, current + 1);
        return true;
    }

    synchronized void release(String host) {
        inFlight.computeIfPresent(host, (h, count) -> count <= 1 ? null : count - 1);
    }

    /** Hosts with no free slot; at most threads / perHost of them, so a short list. */
    synchronized List<String> fullHosts() {
        return inFlight.entrySet().stream().filter(e -> e.getValue() >= perHost).map(Map.Entry::getKey).toList();
    }
}
