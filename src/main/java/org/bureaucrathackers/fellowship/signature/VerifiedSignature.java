package org.bureaucrathackers.fellowship.signature;

/**
 * A request whose signature verified.
 *
 * @param keyId        the key that verified it
 * @param ownerActorId the actor that owns the key: the only actor this request may speak for (or forward, FW2)
 * @param scheme       which scheme the sender used, worth remembering for replies to that origin (S17)
 */
public record VerifiedSignature(String keyId, String ownerActorId, SignatureScheme scheme) {
}
