package org.bureaucrathackers.fellowship.signature;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAKey;

/** The signature primitives both schemes use, through JCA with the Bouncy Castle provider. */
enum SigningAlgorithm {

    /** RSASSA-PKCS1-v1_5 with SHA-256: cavage rsa-sha256 (and hs2019 with RSA keys), RFC 9421 rsa-v1_5-sha256. */
    RSA_V1_5_SHA256("SHA256withRSA"),
    /** RSASSA-PSS with SHA-512, MGF1 SHA-512 and a 64-byte salt: 9421 {@code rsa-pss-sha512}. */
    RSA_PSS_SHA512("SHA512withRSAandMGF1"),
    ED25519("Ed25519");

    private final String jcaName;

    SigningAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** The algorithm a key of this type signs with when nothing names one; null for unsupported key types. */
    static SigningAlgorithm defaultFor(Key key) {
        if (isRsa(key)) {
            return RSA_V1_5_SHA256;
        }
        if (isEd25519(key)) {
            return ED25519;
        }
        return null;
    }

    boolean fits(Key key) {
        return this == ED25519 ? isEd25519(key) : isRsa(key);
    }

    byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(jcaName, KeyMaterial.PROVIDER);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign with this key: " + e.getMessage(), e);
        }
    }

    /** False for a wrong signature, and also for one that is not even the right length or encoding. */
    boolean verify(PublicKey key, byte[] data, byte[] signatureBytes) {
        if (!fits(key)) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance(jcaName, KeyMaterial.PROVIDER);
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | RuntimeException e) {
            // A malformed signature or an odd key is a failed verification, never a server error.
            return false;
        }
    }

    private static boolean isRsa(Key key) {
        return key instanceof RSAKey;
    }

    private static boolean isEd25519(Key key) {
        String name = key.getAlgorithm();
        return "Ed25519".equalsIgnoreCase(name) || "EdDSA".equalsIgnoreCase(name) && key.getEncoded() != null
                && key.getEncoded().length == (key instanceof PublicKey ? 44 : 48);
    }
}
