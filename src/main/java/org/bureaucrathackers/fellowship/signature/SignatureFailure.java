package org.bureaucrathackers.fellowship.signature;

/**
 * A signed request we refuse, with the status to answer (S14) and a short reason safe to log and return:
 * 400 for malformed headers, 401 for a missing, bad, stale or unverifiable signature, 503 when the key could not
 * be fetched for a reason that may pass.
 */
public final class SignatureFailure extends Exception {

    private final int status;

    public SignatureFailure(int status, String reason) {
        super(reason, null, false, false);
        this.status = status;
    }

    static SignatureFailure malformed(String reason) {
        return new SignatureFailure(400, reason);
    }

    static SignatureFailure unauthorized(String reason) {
        return new SignatureFailure(401, reason);
    }

    public int status() {
        return status;
    }

    public String reason() {
        return getMessage();
    }

    @Override
    public String toString() {
        return "SignatureFailure[" + status + ": " + getMessage() + "]";
    }
}
