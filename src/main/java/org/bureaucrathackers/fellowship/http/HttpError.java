package org.bureaucrathackers.fellowship.http;

/** A client-facing failure: the status and a message safe to show to whoever sent the request. */
public class HttpError extends RuntimeException {

    private final int status;

    public HttpError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
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
