package org.bureaucrathackers.fellowship.actor;

/**
 * A key of an account. {@code publicKey} is SPKI PEM for RSA and a multibase Multikey for Ed25519;
 * {@code privateKeyPem} is null for keys we only know the public half of. {@code assertionMethod} is true when
 * the account lists the key under assertionMethod, which object proofs require (FEP-8b32).
 */
public record StoredKey(String keyId, long accountId, KeyType type, String publicKey, String privateKeyPem,
                        boolean assertionMethod) {

    public enum KeyType {
        RSA, ED25519
    }

    /** A key its account does not list under assertionMethod (a publicKey, for HTTP signatures). */
    public StoredKey(String keyId, long accountId, KeyType type, String publicKey, String privateKeyPem) {
        this(keyId, accountId, type, publicKey, privateKeyPem, false);
    }

    public StoredKey withAssertionMethod(boolean listed) {
        return new StoredKey(keyId, accountId, type, publicKey, privateKeyPem, listed);
    }
}
