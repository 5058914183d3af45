package org.bureaucrathackers.fellowship.inbox;

import org.bureaucrathackers.fellowship.signature.IncomingRequest;
import org.bureaucrathackers.fellowship.signature.SignatureFailure;
import org.bureaucrathackers.fellowship.signature.SignatureVerifier;
import org.bureaucrathackers.fellowship.signature.VerifiedSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Inbox authentication by HTTP signature (either scheme); failures keep the verifier's status and reason. */
public final class SignatureAuthenticator implements RequestAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureAuthenticator.class);
    private final SignatureVerifier verifier;
    private final java.util.function.Consumer<VerifiedSignature> onVerified;

    /**
     * @param onVerified told of each good signature: who signed and with which scheme (revives delivery to its
     *                   host, DL2, and teaches which scheme to sign with there)
     */
    public SignatureAuthenticator(SignatureVerifier verifier,
                                  java.util.function.Consumer<VerifiedSignature> onVerified) {
        this.verifier = verifier;
        this.onVerified = onVerified;
    }

    @Override
    public String signerOf(InboundRequest request) {
        try {
            VerifiedSignature verified = verifier.verify(new IncomingRequest(request.method(), request.pathAndQuery(),
                    request.headers(), request.body()));
            onVerified.accept(verified);
            return verified.ownerActorId();
        } catch (SignatureFailure failure) {
            LOG.info("inbox signature refused ({}): {}", failure.status(), failure.reason());
            throw new InboxRefusal(failure.status(), "Signature refused: " + failure.reason());
        }
    }
}
