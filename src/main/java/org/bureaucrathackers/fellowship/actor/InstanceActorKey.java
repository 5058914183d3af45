package org.bureaucrathackers.fellowship.actor;

import java.util.function.Supplier;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/**
 * The instance actor's RSA key, which signs every server-initiated GET (A10, S6). Loaded on first use (creating
 * the instance actor if need be) and kept.
 */
public final class InstanceActorKey implements Supplier<SigningKey> {

    private final FellowService fellows;
    private final AccountStore accounts;
    private volatile SigningKey key;

    public InstanceActorKey(FellowService fellows, AccountStore accounts) {
        this.fellows = fellows;
        this.accounts = accounts;
    }

    @Override
    public SigningKey get() {
        SigningKey loaded = key;
        if (loaded == null) {
            Account actor = fellows.instanceActor();
            StoredKey rsa = accounts.keysOf(actor.id()).stream()
                    .filter(k -> k.type() == StoredKey.KeyType.RSA && k.privateKeyPem() != null)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the instance actor has no RSA key"));
            loaded = new SigningKey(rsa.keyId(), KeyMaterial.privateKeyFromPem(rsa.privateKeyPem(), "RSA"));
            key = loaded;
        }
        return loaded;
    }
}
