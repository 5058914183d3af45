package org.bureaucrathackers.fellowship.fetch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;

/** Which HTTP signature scheme each origin accepted last time (S17 double-knocking). */
public interface SchemePreferences {

    /** The scheme to sign with first for {@code origin} ({@code scheme://host[:port]}). */
    SignatureScheme preferred(String origin);

    /** Records that {@code origin} accepted {@code scheme} after the other one was refused. */
    void worked(String origin, SignatureScheme scheme);

    /** Kept in memory for the most recently used origins only; cavage first for the others. */
    static SchemePreferences inMemory(int maxOrigins) {
        Map<String, SignatureScheme> remembered = Collections.synchronizedMap(
                new LinkedHashMap<>(16, 0.75f, true) {
                    @Override
                    protected boolean removeEldestEntry(Map.Entry<String, SignatureScheme> eldest) {
                        return size() > maxOrigins;
                    }
                });
        return new SchemePreferences() {
            @Override
            public SignatureScheme preferred(String origin) {
                return remembered.getOrDefault(origin, SignatureScheme.CAVAGE);
            }

            @Override
            public void worked(String origin, SignatureScheme scheme) {
                remembered.put(origin, scheme);
            }
        };
    }
}
