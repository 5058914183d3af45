package org.bureaucrathackers.fellowship.http;

/**
 * A 422 that names the field at fault, so that an app or a form can show the message next to it:
 * answered as {@code {"error": "title: at most 150 characters", "field": "title"}}.
 */
public final class FieldError extends HttpError {

    private final String field;

    public FieldError(String field, String problem) {
        super(422, field + ": " + problem);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
