package org.bureaucrathackers.fellowship.signature;

import java.security.PrivateKey;

/** A private key and the public key id peers will resolve to verify what it signs (RSA or Ed25519). */
public record SigningKey(String keyId, PrivateKey privateKey) {

    @Override
    public String toString() {
        return "SigningKey[" + keyId + "]";
    }
}
