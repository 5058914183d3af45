package org.bureaucrathackers.fellowship.community;

/** A request about a community that cannot be carried out; {@code field} names the request field at fault. */
public final class InvalidCommunityException extends RuntimeException {

    private final String field;

    public InvalidCommunityException(String field, String problem) {
        super(problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
