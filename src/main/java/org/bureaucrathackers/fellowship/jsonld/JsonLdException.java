package org.bureaucrathackers.fellowship.jsonld;

/** A JSON(-LD) document we refuse to process, with a reason that is safe to show to its sender. */
public final class JsonLdException extends Exception {

    /** Why the document was refused, so callers can pick a status (413 for size, 400 for the rest). */
    public enum Reason {
        TOO_LARGE, TOO_DEEP, TOO_MANY_NODES, NOT_JSON, CONTEXT_NOT_BUNDLED, TOO_SLOW, INVALID, UNSUPPORTED_KEYWORD
    }

    private final Reason reason;

    public JsonLdException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
