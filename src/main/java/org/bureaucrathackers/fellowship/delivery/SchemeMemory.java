package org.bureaucrathackers.fellowship.delivery;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;

/**
 * Which signature scheme to knock with first at an origin (S17): the one it last accepted after a second knock,
 * or RFC 9421 once it has signed to us with RFC 9421 (a server that signs so verifies so too, as Fedify 2 does);
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

    /**
     * A request signed by an actor of {@code actorUrl}'s origin verified with {@code scheme}. Only RFC 9421 teaches
     * anything (draft-cavage is where we start anyway), and it is written only when it changes the memory.
     */
    public void heardFrom(String actorUrl, SignatureScheme scheme) {
        if (scheme != SignatureScheme.RFC9421) {
            return;
        }
        InboxUrls.parse(actorUrl).map(InboxUrls::originOf).ifPresent(origin -> {
            if (firstKnock(origin) != SignatureScheme.RFC9421) {
                remember(origin, SignatureScheme.RFC9421);
            }
        });
    }
}
