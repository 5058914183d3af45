package org.bureaucrathackers.fellowship.signature;

/**
 * Finds the public key a signature names (S11): from a cache, or by fetching the keyId and confirming its owner.
 * Implementations rate-limit {@code refresh} per host (S12).
 */
public interface KeyResolver {

    /**
     * @param keyId   the keyId exactly as the signature gives it
     * @param refresh true to bypass the cache: the verifier asks this at most once per request, after a cached key
     *                failed to verify
     * @throws KeyUnavailableException when there is no usable key, saying whether trying later may help
     */
    ResolvedKey resolve(String keyId, boolean refresh) throws KeyUnavailableException;
}
