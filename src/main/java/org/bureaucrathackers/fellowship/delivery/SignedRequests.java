package org.bureaucrathackers.fellowship.delivery;

import java.util.function.Consumer;
import org.bureaucrathackers.fellowship.signature.VerifiedSignature;

/**
 * What a verified incoming signature tells delivery: the signer's host is alive, and the scheme it signed
 * with is one it understands, so deliveries to it may use that scheme.
 */
public final class SignedRequests implements Consumer<VerifiedSignature> {

    private final HostHealth hostHealth;
    private final SchemeMemory schemes;

    public SignedRequests(HostHealth hostHealth, SchemeMemory schemes) {
        this.hostHealth = hostHealth;
        this.schemes = schemes;
    }

    @Override
    public void accept(VerifiedSignature verified) {
        hostHealth.markAliveByUrl(verified.ownerActorId());
        schemes.heardFrom(verified.ownerActorId(), verified.scheme());
    }
}
