package org.bureaucrathackers.fellowship.actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bureaucrathackers.fellowship.uri.Hostnames;

/**
 * X19: how many hosts under one registrable domain may bring us new actors while a window lasts (Mastodon: 10, the
 * window renewed by each new one, one minute), so a wildcard DNS record cannot make us fetch and create accounts on
 * endless subdomains. A host already counted stays allowed. Kept in memory, per node: a limit on bursts, not a
 * record.
 */
public final class NewSubdomains {

    public static final int DEFAULT_MAX = 10;
    public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(1);
    private static final int MAX_DOMAINS = 10_000;

    private final Clock clock;
    private final int max;
    private final Duration window;
    private final Map<String, Recent> byDomain = new LinkedHashMap<>();

    private static final class Recent {
        final Set<String> hosts = new HashSet<>();
        Instant lastAdded;
    }

    public NewSubdomains(Clock clock, int max, Duration window) {
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the limit and its window must be positive");
        }
        this.clock = clock;
        this.max = max;
        this.window = window;
    }

    public static NewSubdomains standard(Clock clock) {
        return new NewSubdomains(clock, DEFAULT_MAX, DEFAULT_WINDOW);
    }

    /** Whether a new actor on {@code host[:port]} may be created now. */
    public synchronized boolean allows(String authority) {
        String host = Hostnames.ofAuthority(authority);
        if (host == null) {
            return true;
        }
        Recent recent = current(Hostnames.registrableDomain(host));
        return recent == null || recent.hosts.contains(host) || recent.hosts.size() < max;
    }

    /** Counts a new actor created on {@code host[:port]}. */
    public synchronized void record(String authority) {
        String host = Hostnames.ofAuthority(authority);
        if (host == null) {
            return;
        }
        String domain = Hostnames.registrableDomain(host);
        Recent recent = current(domain);
        if (recent == null) {
            makeRoom();
            recent = new Recent();
            byDomain.put(domain, recent);
        }
        if (recent.hosts.size() < max) {
            recent.hosts.add(host);
        }
        recent.lastAdded = clock.instant();
    }

    /** How many hosts of the registrable domain are counted now (for messages and tests). */
    public synchronized int counted(String authority) {
        String host = Hostnames.ofAuthority(authority);
        Recent recent = host == null ? null : current(Hostnames.registrableDomain(host));
        return recent == null ? 0 : recent.hosts.size();
    }

    public int max() {
        return max;
    }

    private Recent current(String domain) {
        Recent recent = byDomain.get(domain);
        if (recent != null && recent.lastAdded.plus(window).isBefore(clock.instant())) {
            byDomain.remove(domain);
            return null;
        }
        return recent;
    }

    private void makeRoom() {
        Instant now = clock.instant();
        byDomain.values().removeIf(r -> r.lastAdded.plus(window).isBefore(now));
        Iterator<String> oldest = byDomain.keySet().iterator();
        while (byDomain.size() >= MAX_DOMAINS && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
