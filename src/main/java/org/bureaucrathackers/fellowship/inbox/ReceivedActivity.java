package org.bureaucrathackers.fellowship.inbox;

import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * An activity as a handler sees it: the envelope, who signed it, and whether its embedded object may be
 * believed (otherwise the handler fetches the object from its origin).
 */
public record ReceivedActivity(IncomingActivity activity, String signerActorId, boolean trustEmbeddedObject) {
}
