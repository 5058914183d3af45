package org.bureaucrathackers.fellowship.vocab;

/** A remote document we will not read as what was asked for, with a short reason safe to log or return. */
public final class RefusedDocumentException extends Exception {

    public RefusedDocumentException(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
