package org.bureaucrathackers.fellowship.vocab;

/** A {@code publicKey} entry of a remote actor: a PEM (SPKI) key, as HTTP signatures use. */
public record RemoteKey(String id, String owner, String publicKeyPem) {
}
