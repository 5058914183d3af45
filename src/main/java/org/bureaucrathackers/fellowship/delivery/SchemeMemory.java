package org.bureaucrathackers.fellowship.delivery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;

/**
 * Which signature scheme to knock with first at an origin (S17): the one it last accepted after a second knock,
 * draft-cavage when we know nothing. Persisted, with a small cache in front since every delivery asks.
 */
public final class SchemeMemory implements org.bureaucrathackers.fellowship.fetch.SchemePreferences {

    public static final SignatureScheme DEFAULT = SignatureScheme.CAVAGE;
    private static final int CACHE_SIZE = 1024;

    private final SignatureSchemeStore store;
    private final Clock clock;
    private final Map<String, SignatureScheme> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, SignatureScheme> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public SchemeMemory(SignatureSchemeStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** @param origin scheme://host[:port], as {@link InboxUrls#originOf} names it */
    public SignatureScheme firstKnock(String origin) {
        synchronized (cache) {
            SignatureScheme cached = cache.get(origin);
            if (cached != null) {
                return cached;
            }
        }
        SignatureScheme scheme = store.find(origin).orElse(DEFAULT);
        synchronized (cache) {
            cache.put(origin, scheme);
        }
        return scheme;
    }

    /** Signed GETs share the persisted memory with deliveries. */
    @Override
    public SignatureScheme preferred(String origin) {
        return firstKnock(origin);
    }

    @Override
    public void worked(String origin, SignatureScheme scheme) {
        remember(origin, scheme);
    }

    public void remember(String origin, SignatureScheme scheme) {
        store.remember(origin, scheme, clock.instant());
        synchronized (cache) {
            cache.put(origin, scheme);
        }
    }
}
