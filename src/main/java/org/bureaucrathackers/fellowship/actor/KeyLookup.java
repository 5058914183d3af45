package org.bureaucrathackers.fellowship.actor;

import org.bureaucrathackers.fellowship.fetch.FetchException;

/** Finds the public key behind a signature's keyId (S11). */
public interface KeyLookup {

    /**
     * @param keyId   the keyId of a signature
     * @param refresh true after a verification failed with a cached key: fetch again, if the rate limit allows
     * @throws FetchException with a reason when there is no such key or it is not confirmed by its owner; kind
     *                        GONE when its document answered 410, transient ones when it is worth trying later
     */
    PublicKeyInfo lookup(String keyId, boolean refresh) throws FetchException;
}
