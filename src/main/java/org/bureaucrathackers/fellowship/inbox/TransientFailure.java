package org.bureaucrathackers.fellowship.inbox;

/** A handler could not finish for a reason that may pass (a peer is down): the job is retried later. */
public class TransientFailure extends RuntimeException {
    public TransientFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
