package org.bureaucrathackers.fellowship.actor;

import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.signature.KeyResolver;
import org.bureaucrathackers.fellowship.signature.KeyUnavailableException;
import org.bureaucrathackers.fellowship.signature.ResolvedKey;

/** The signature verifier's view of actor keys: lookups with their failures classed as transient or not. */
public final class SignatureKeys implements KeyResolver {

    private final KeyLookup lookup;

    public SignatureKeys(KeyLookup lookup) {
        this.lookup = lookup;
    }

    @Override
    public ResolvedKey resolve(String keyId, boolean refresh) throws KeyUnavailableException {
        try {
            PublicKeyInfo info = lookup.lookup(keyId, refresh);
            return new ResolvedKey(info.keyId(), info.ownerActorId(), info.key(), info.fromCache());
        } catch (FetchException e) {
            throw new KeyUnavailableException("key " + keyId + ": " + e.reason(), e.isTransient());
        }
    }
}
