package org.bureaucrathackers.fellowship.signature;

/** A proof that cannot be checked (malformed, expired, unsupported purpose); the reason is safe to return. */
public final class InvalidProofException extends Exception {

    public InvalidProofException(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
