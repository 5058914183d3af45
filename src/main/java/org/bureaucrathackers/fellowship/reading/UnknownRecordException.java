package org.bureaucrathackers.fellowship.reading;

/** The thing asked for does not exist, or does not belong to the fellow asking (which must look the same). */
public class UnknownRecordException extends RuntimeException {
    public UnknownRecordException(String message) {
        super(message, null, false, false);
    }
}
