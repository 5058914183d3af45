package org.bureaucrathackers.fellowship.actor;

import java.security.PublicKey;

/**
 * A public key and the actor it belongs to, confirmed both ways (X3): the key names the actor and the actor
 * lists the key, on the same host.
 *
 * @param fromCache       true when the key came from the database without a fetch, so a failed verification may
 *                        be worth one refresh (S12)
 * @param assertionMethod true when the actor lists the key under assertionMethod, so it may make object proofs
 */
public record PublicKeyInfo(String keyId, String ownerActorId, PublicKey key, boolean fromCache,
                            boolean assertionMethod) {

    public PublicKeyInfo(String keyId, String ownerActorId, PublicKey key, boolean fromCache) {
        this(keyId, ownerActorId, key, fromCache, false);
    }
}
