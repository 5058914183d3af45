package org.bureaucrathackers.fellowship.actor;

/** A structured profile value out of bounds or outside its vocabulary; {@link #field()} names it as the API does. */
public final class InvalidProfileFieldException extends InvalidFellowException {

    private final String field;
    private final String problem;

    public InvalidProfileFieldException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
        this.problem = problem;
    }

    public String field() {
        return field;
    }

    public String problem() {
        return problem;
    }
}
