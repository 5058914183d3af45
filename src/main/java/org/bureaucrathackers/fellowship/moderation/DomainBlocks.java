package org.bureaucrathackers.fellowship.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.fetch.BlockedHosts;
import org.bureaucrathackers.fellowship.uri.Hostnames;

/**
 * Domain blocks (X17): operators add and lift them; the inbox, the fetcher, WebFinger and delivery ask whether a
 * host is blocked. Answers come from an in-memory copy of the table, reloaded when this service changes it and at
 * least every {@link #REFRESH}, so a block made by another process (the command line, another node) takes effect
 * within seconds without a query per request.
 */
public final class DomainBlocks implements BlockedHosts {

    public static final Duration REFRESH = Duration.ofSeconds(3);
    /** Far more than any published blocklist; keeps the in-memory copy bounded. */
    public static final int MAX_BLOCKS = 100_000;

    private final DomainBlockStore store;
    private final String ownHost;
    private final Clock clock;
    private final Object reloadLock = new Object();
    private volatile Set<String> hosts;
    private volatile long loadedAtNanos;

    /** @param ownDomain this instance's {@code host[:port]}, which can never be blocked */
    public DomainBlocks(DomainBlockStore store, String ownDomain, Clock clock) {
        this.store = store;
        this.ownHost = Hostnames.ofAuthority(ownDomain);
        this.clock = clock;
    }

    /**
     * Blocks a domain and its subdomains; blocking it again replaces the reason.
     *
     * @return the block as stored
     * @throws IllegalArgumentException when the text is not a host name, or the block would cover this instance
     */
    public DomainBlock block(String hostText, String reason) {
        String host = requireHost(hostText);
        if (ownHost != null && Hostnames.isWithin(ownHost, host)) {
            throw new IllegalArgumentException("blocking " + host + " would block this instance itself");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > DomainBlock.MAX_REASON) {
            throw new IllegalArgumentException("the reason is longer than " + DomainBlock.MAX_REASON + " characters");
        }
        if (store.find(host).isEmpty() && store.count() >= MAX_BLOCKS) {
            throw new IllegalArgumentException("there are already " + MAX_BLOCKS + " domain blocks");
        }
        DomainBlock block = new DomainBlock(host, DomainBlock.Severity.SUSPEND, why,
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.upsert(block);
        reload();
        return store.find(host).orElse(block);
    }

    /** Lifts the block on exactly this domain; returns whether there was one. */
    public boolean unblock(String hostText) {
        boolean removed = store.delete(requireHost(hostText));
        reload();
        return removed;
    }

    public List<DomainBlock> list() {
        return store.list(MAX_BLOCKS);
    }

    /** The block that covers this host (the host's own, else its nearest parent's), if any. */
    public Optional<DomainBlock> blockCovering(String authority) {
        String host = Hostnames.ofAuthority(authority);
        if (host == null) {
            return Optional.empty();
        }
        for (String candidate : suffixes(host)) {
            if (current().contains(candidate)) {
                return store.find(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code host[:port]} is a blocked domain or under one. */
    @Override
    public boolean isBlocked(String authority) {
        String host = Hostnames.ofAuthority(authority);
        if (host == null) {
            return false;
        }
        Set<String> blocked = current();
        if (blocked.isEmpty()) {
            return false;
        }
        for (String candidate : suffixes(host)) {
            if (blocked.contains(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** {@code a.b.example} → a.b.example, b.example, example; an IP address is only itself. */
    private static List<String> suffixes(String host) {
        if (Hostnames.isIpv4(host) || host.startsWith("[")) {
            return List.of(host);
        }
        java.util.ArrayList<String> suffixes = new java.util.ArrayList<>();
        String rest = host;
        while (true) {
            if (rest.equals(host) || !Hostnames.isIpv4(rest)) {
                suffixes.add(rest); // a block on an address covers that address only
            }
            int dot = rest.indexOf('.');
            if (dot < 0) {
                return suffixes;
            }
            rest = rest.substring(dot + 1);
        }
    }

    private Set<String> current() {
        Set<String> snapshot = hosts;
        if (snapshot == null || System.nanoTime() - loadedAtNanos > REFRESH.toNanos()) {
            synchronized (reloadLock) {
                if (hosts == null || System.nanoTime() - loadedAtNanos > REFRESH.toNanos()) {
                    reload();
                }
                snapshot = hosts;
            }
        }
        return snapshot;
    }

    private void reload() {
        Set<String> loaded = new HashSet<>();
        for (DomainBlock block : store.list(MAX_BLOCKS)) {
            loaded.add(block.host());
        }
        hosts = Set.copyOf(loaded);
        loadedAtNanos = System.nanoTime();
    }

    private static String requireHost(String text) {
        if (text != null && (text.contains("://") || text.contains("/"))) {
            throw new IllegalArgumentException("give a domain name such as social.example, not a URL");
        }
        if (text != null && text.strip().startsWith("*.")) {
            throw new IllegalArgumentException("a block covers every subdomain already; give the domain without '*.'");
        }
        return Hostnames.normalize(text).orElseThrow(() ->
                new IllegalArgumentException("'" + abbreviate(text) + "' is not a domain name"));
    }

    private static String abbreviate(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() <= 100 ? value : value.substring(0, 100) + "…";
    }
}
