package org.bureaucrathackers.fellowship.inbox;

/**
 * What the origin checks concluded. An accepted activity may still have to ignore its embedded object and
 * fetch it from its origin instead ({@code trustEmbeddedObject} false: X8, FW2).
 */
public record OriginDecision(boolean accepted, boolean trustEmbeddedObject, int status, String reason) {

    static OriginDecision accept(boolean trustEmbeddedObject) {
        return new OriginDecision(true, trustEmbeddedObject, 202, null);
    }

    static OriginDecision refuse(int status, String reason) {
        return new OriginDecision(false, false, status, reason);
    }
}
