package org.bureaucrathackers.fellowship.delivery;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;

/** The persisted double-knock memory (S17): which signature scheme an origin last accepted. */
public interface SignatureSchemeStore {

    Optional<SignatureScheme> find(String origin);

    void remember(String origin, SignatureScheme scheme, Instant now);
}
