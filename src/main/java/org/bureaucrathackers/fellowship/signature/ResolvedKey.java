package org.bureaucrathackers.fellowship.signature;

import java.security.PublicKey;

/**
 * A public key and the actor confirmed to own it.
 *
 * @param keyId        the key's id, equal to the keyId that was asked for
 * @param ownerActorId the actor whose document lists this key
 * @param fromCache    true when it came from a cache rather than a fetch made for this request
 */
public record ResolvedKey(String keyId, String ownerActorId, PublicKey publicKey, boolean fromCache) {
}
