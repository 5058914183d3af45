package org.bureaucrathackers.fellowship.delivery;

import java.util.Optional;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/** The key a local account signs deliveries with under a scheme; empty if it has none. */
@FunctionalInterface
public interface SenderKeyLookup {

    Optional<SigningKey> keyFor(long accountId, SignatureScheme scheme);
}
