package org.bureaucrathackers.fellowship.vocab;

/** An {@code assertionMethod} Multikey of a remote actor (FEP-521a), as object proofs use. */
public record RemoteMultikey(String id, String controller, String publicKeyMultibase) {
}
