package org.bureaucrathackers.fellowship.directory;

/** A directory filter value that cannot match anything sensible; {@link #parameter()} names it. */
public final class InvalidDirectoryFilterException extends RuntimeException {

    private final String parameter;
    private final String problem;

    public InvalidDirectoryFilterException(String parameter, String problem) {
        super(parameter + ": " + problem);
        this.parameter = parameter;
        this.problem = problem;
    }

    public String parameter() {
        return parameter;
    }

    public String problem() {
        return problem;
    }
}
