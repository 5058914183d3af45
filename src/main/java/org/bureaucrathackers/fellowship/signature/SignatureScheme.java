package org.bureaucrathackers.fellowship.signature;

/** The two HTTP signature schemes in use on the fediverse. */
public enum SignatureScheme {
    /** draft-cavage-http-signatures-12: what every peer accepts (S1–S6). */
    CAVAGE,
    /** RFC 9421 HTTP Message Signatures with RFC 9530 Content-Digest (S16). */
    RFC9421
}
