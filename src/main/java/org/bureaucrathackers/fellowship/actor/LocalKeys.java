package org.bureaucrathackers.fellowship.actor;

import java.security.KeyPair;
import java.util.List;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;

/** Fresh key pairs for a new local actor: RSA-2048 for HTTP signatures, Ed25519 for object proofs (FEP-521a). */
public final class LocalKeys {

    private LocalKeys() {
    }

    public static List<StoredKey> fresh(long accountId, String rsaKeyId, String edKeyId) {
        KeyPair rsa = KeyMaterial.generateRsa();
        KeyPair ed = KeyMaterial.generateEd25519();
        return List.of(
                new StoredKey(rsaKeyId, accountId, StoredKey.KeyType.RSA, KeyMaterial.toPem(rsa.getPublic()),
                        KeyMaterial.toPem(rsa.getPrivate())),
                new StoredKey(edKeyId, accountId, StoredKey.KeyType.ED25519,
                        KeyMaterial.ed25519Multibase(ed.getPublic()), KeyMaterial.toPem(ed.getPrivate()), true));
    }
}
