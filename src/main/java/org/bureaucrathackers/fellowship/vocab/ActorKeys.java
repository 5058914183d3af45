package org.bureaucrathackers.fellowship.vocab;

import java.util.List;

/**
 * Just the keys an actor document lists, for signature checks: read even from stub or key-only actor
 * documents that have no inbox (GoToSocial serves such a stub at its key ids).
 */
public record ActorKeys(String id, List<RemoteKey> publicKeys, List<RemoteMultikey> assertionMethods) {

    public ActorKeys {
        publicKeys = List.copyOf(publicKeys);
        assertionMethods = List.copyOf(assertionMethods);
    }
}
