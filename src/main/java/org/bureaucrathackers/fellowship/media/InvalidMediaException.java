package org.bureaucrathackers.fellowship.media;

/** An upload or a media change that breaks a rule: {@code field} names the request field, the message the rule. */
public class InvalidMediaException extends RuntimeException {

    private final String field;
    private final String problem;

    public InvalidMediaException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String problem() {
        return problem;
    }

    public String field() {
        return field;
    }
}
