package org.bureaucrathackers.fellowship.actor;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.ObjectProofs;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/**
 * Adds an object integrity proof (FEP-8b32) to what a local account sends or we serve of it, made with the
 * account's Ed25519 key: the one its actor document lists under assertionMethod, so receivers can check it
 * without trusting whoever carried the document (forwards, relays, caches).
 */
public final class ProofSigner {

    private final AccountStore accounts;
    private final ObjectProofs proofs;

    public ProofSigner(AccountStore accounts, ObjectProofs proofs) {
        this.accounts = accounts;
        this.proofs = proofs;
    }

    /** {@code document} with a proof by the account, or as it is when the account has no such key. */
    public ObjectNode sign(long accountId, ObjectNode document) {
        return keyOf(accountId).map(key -> proofs.sign(document, key)).orElse(document);
    }

    private Optional<SigningKey> keyOf(long accountId) {
        return accounts.keysOf(accountId).stream()
                .filter(k -> k.type() == StoredKey.KeyType.ED25519 && k.assertionMethod() && k.privateKeyPem() != null)
                .findFirst()
                .map(k -> new SigningKey(k.keyId(), KeyMaterial.privateKeyFromPem(k.privateKeyPem(), "Ed25519")));
    }
}
