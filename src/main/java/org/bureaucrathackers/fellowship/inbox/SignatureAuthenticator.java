package org.bureaucrathackers.fellowship.inbox;

import org.bureaucrathackers.fellowship.signature.IncomingRequest;
import org.bureaucrathackers.fellowship.signature.SignatureFailure;
import org.bureaucrathackers.fellowship.signature.SignatureVerifier;
import org.bureaucrathackers.fellowship.signature.VerifiedSignature;
import org.bureaucrathackers.fellowship.web.HttpError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Inbox authentication by HTTP signature (either scheme); failures keep the verifier's status and reason. */
public final class SignatureAuthenticator implements RequestAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(SignatureAuthenticator.class);
    private final SignatureVerifier verifier;

    public SignatureAuthenticator(SignatureVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public String signerOf(InboundRequest request) {
        try {
            VerifiedSignature verified = verifier.verify(new IncomingRequest(request.method(), request.pathAndQuery(),
                    request.headers(), request.body()));
            return verified.ownerActorId();
        } catch (SignatureFailure failure) {
            LOG.info("inbox signature refused ({}): {}", failure.status(), failure.reason());
            throw new HttpError(failure.status(), "Signature refused: " + failure.reason());
        }
    }
}
