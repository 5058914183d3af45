package org.bureaucrathackers.fellowship.inbox;

import org.bureaucrathackers.fellowship.post.RefusedActivityException;

/** An activity tried to make this server discover more than its {@link DiscoveryBudget} allows (X19). */
public final class DiscoveryLimitReached extends RefusedActivityException {

    public DiscoveryLimitReached(String reason) {
        super(reason);
    }
}
