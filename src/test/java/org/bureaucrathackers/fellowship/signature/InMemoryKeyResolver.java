package org.bureaucrathackers.fellowship.signature;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A key resolver over a map, for tests: each key can have a stale cached copy (returned with fromCache=true) that a
 * refresh replaces with the current one, or a failure to report. Records every call.
 */
final class InMemoryKeyResolver implements KeyResolver {

    record Call(String keyId, boolean refresh) {
    }

    private record Entry(String owner, PublicKey current, PublicKey cached, KeyUnavailableException failure) {
    }

    private final Map<String, Entry> keys = new HashMap<>();
    private final List<Call> calls = new ArrayList<>();

    /** A key fetched afresh on every call. */
    InMemoryKeyResolver add(String keyId, String owner, PublicKey key) {
        keys.put(keyId, new Entry(owner, key, null, null));
        return this;
    }

    /** A key served from cache first; a refresh returns {@code current}. */
    InMemoryKeyResolver addCached(String keyId, String owner, PublicKey cached, PublicKey current) {
        keys.put(keyId, new Entry(owner, current, cached, null));
        return this;
    }

    InMemoryKeyResolver failing(String keyId, boolean transientFailure) {
        keys.put(keyId, new Entry(null, null, null,
                new KeyUnavailableException(transientFailure ? "timed out" : "gone", transientFailure)));
        return this;
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    @Override
    public ResolvedKey resolve(String keyId, boolean refresh) throws KeyUnavailableException {
        calls.add(new Call(keyId, refresh));
        Entry entry = keys.get(keyId);
        if (entry == null) {
            throw new KeyUnavailableException("unknown key", false);
        }
        if (entry.failure() != null) {
            throw entry.failure();
        }
        if (!refresh && entry.cached() != null) {
            return new ResolvedKey(keyId, entry.owner(), entry.cached(), true);
        }
        return new ResolvedKey(keyId, entry.owner(), entry.current(), false);
    }
}
