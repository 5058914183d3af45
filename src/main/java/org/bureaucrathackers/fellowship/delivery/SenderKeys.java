package org.bureaucrathackers.fellowship.delivery;

import java.util.Comparator;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SignatureScheme;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/**
 * Signing keys of local accounts from the account store. Both schemes sign with the RSA key published as
 * {@code publicKey} ({@code #main-key}): draft-cavage as rsa-sha256, which every peer verifies, and RFC 9421 as
 * rsa-v1_5-sha256, the algorithm Mastodon verifies (S16); peers resolve that key id from the actor document.
 */
public final class SenderKeys implements SenderKeyLookup {

    private static final String MAIN_KEY_FRAGMENT = "#main-key";

    private final AccountStore accounts;

    public SenderKeys(AccountStore accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<SigningKey> keyFor(long accountId, SignatureScheme scheme) {
        return accounts.keysOf(accountId).stream()
                .filter(key -> key.type() == StoredKey.KeyType.RSA && key.privateKeyPem() != null)
                .min(Comparator.comparing((StoredKey key) -> !key.keyId().endsWith(MAIN_KEY_FRAGMENT)))
                .map(key -> new SigningKey(key.keyId(), KeyMaterial.privateKeyFromPem(key.privateKeyPem(), "RSA")));
    }
}
