package org.bureaucrathackers.fellowship.inbox;

import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * An activity as a handler sees it: the envelope, who signed it, whether its embedded object may be believed
 * (otherwise the handler fetches the object from its origin), and what it may still make us discover (X19).
 */
public record ReceivedActivity(IncomingActivity activity, String signerActorId, boolean trustEmbeddedObject,
                               DiscoveryBudget budget) {

    public ReceivedActivity(IncomingActivity activity, String signerActorId, boolean trustEmbeddedObject) {
        this(activity, signerActorId, trustEmbeddedObject, DiscoveryBudget.standard());
    }
}
