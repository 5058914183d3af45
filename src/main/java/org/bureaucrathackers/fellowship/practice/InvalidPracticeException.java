package org.bureaucrathackers.fellowship.practice;

/** A practice record that cannot be accepted: {@code field} names the input field at fault (snake_case, as sent). */
public final class InvalidPracticeException extends RuntimeException {

    private final String field;

    public InvalidPracticeException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** The problem without the field's name. */
    public String problem() {
        return getMessage().substring(field.length() + 2);
    }
}
