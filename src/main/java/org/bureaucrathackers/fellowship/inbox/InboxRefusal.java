package org.bureaucrathackers.fellowship.inbox;

/**
 * The inbox turns a delivery away: the HTTP status the sender gets (400, 401, 403, 413, 503, …) and a message
 * safe to show it. The inbox speaks no HTTP itself; the route that feeds it answers with this status and message.
 */
public class InboxRefusal extends RuntimeException {

    private final int status;

    public InboxRefusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static InboxRefusal badRequest(String message) {
        return new InboxRefusal(400, message);
    }
}
