package org.bureaucrathackers.fellowship.actor;

/**
 * A key of an account. {@code publicKey} is SPKI PEM for RSA and a multibase Multikey for Ed25519;
 * {@code privateKeyPem} is null for keys we only know the public half of.
 */
public record StoredKey(String keyId, long accountId, KeyType type, String publicKey, String privateKeyPem) {

    public enum KeyType {
        RSA, ED25519
    }
}
