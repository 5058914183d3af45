package org.bureaucrathackers.fellowship.web.explore;

/**
 * What is wrong with one field of a form, in the page's language: {@code field} is the control's id (the error
 * summary links to it), {@code messageId} the id of the message next to it ({@code aria-describedby}).
 */
public record FieldProblem(String field, String message) {

    public String messageId() {
        return field + "-error";
    }

    /** Whether this problem is about {@code name}; a null problem is about nothing. */
    public static boolean about(FieldProblem problem, String name) {
        return problem != null && problem.field().equals(name);
    }
}
