package org.bureaucrathackers.fellowship.signature;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One eddsa-jcs-2022 proof as a document carries it (FEP-8b32), read but not yet verified.
 *
 * @param verificationMethod the key that made it, which must be in its controller's {@code assertionMethod}
 * @param signature          the 64-byte Ed25519 signature decoded from {@code proofValue}
 * @param options            the proof without {@code proofValue}: what the signature covers besides the document
 */
public record DataIntegrityProof(String verificationMethod, byte[] signature, ObjectNode options) {

    @Override
    public String toString() {
        return "DataIntegrityProof[" + verificationMethod + "]";
    }
}
