package org.bureaucrathackers.fellowship.http;

/** A client-facing failure: the status and a message safe to show to whoever sent the request. */
public class HttpError extends RuntimeException {

    private final int status;
    /** The key of the message in the pages' bundles, with its arguments, for the HTML page; null when none. */
    private String textKey;
    private Object[] textArguments = new Object[0];

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /**
     * The same error, saying {@code key} (a message of the pages' bundles, with {@code arguments}) to browsers in
     * their language; JSON answers keep the English message.
     */
    public HttpError withText(String key, Object... arguments) {
        this.textKey = key;
        this.textArguments = arguments.clone();
        return this;
    }

    /** The bundle key of the message for pages, or null when the message exists in English only. */
    public String textKey() {
        return textKey;
    }

    public Object[] textArguments() {
        return textArguments.clone();
    }

    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    public static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    public static HttpError gone(String message) {
        return new HttpError(410, message);
    }
}
