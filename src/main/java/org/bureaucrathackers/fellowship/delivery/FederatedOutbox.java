package org.bureaucrathackers.fellowship.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.ProofSigner;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.outbox.Actor;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;

/**
 * Turns the activities services cause into delivery jobs, in the caller's transaction: one job per distinct
 * inbox, shared inboxes preferred, followers included when asked (DESIGN: outgoing activity).
 */
public final class FederatedOutbox implements OutboundActivities {

    /** A bound on fan-out per activity; beyond it followers are not reached (logged by the queue's caller). */
    public static final int MAX_INBOXES = 50_000;

    private final DeliveryQueue queue;
    private final FollowStore follows;
    private final ProofSigner proofs;
    private final Runnable wakeUp;

    /**
     * @param proofs signs each activity once, here where its JSON is fixed for every inbox and retry
     * @param wakeUp nudges a running delivery worker; a no-op in processes without one
     */
    public FederatedOutbox(DeliveryQueue queue, FollowStore follows, ProofSigner proofs, Runnable wakeUp) {
        this.queue = queue;
        this.follows = follows;
        this.proofs = proofs;
        this.wakeUp = wakeUp;
    }

    @Override
    public void publish(Actor actor, ObjectNode activity, Collection<? extends Actor> recipients, boolean toFollowers) {
        Set<String> inboxes = new LinkedHashSet<>(Inboxes.forRecipients(recipients));
        if (toFollowers) {
            inboxes.addAll(follows.remoteFollowerInboxes(actor.id(), MAX_INBOXES));
        }
        if (inboxes.isEmpty()) {
            return;
        }
        String id = activity.path("id").asText(null);
        if (id == null) {
            throw new IllegalArgumentException("an outgoing activity needs an id");
        }
        ObjectNode signed = proofs.sign(actor.id(), activity);
        queue.enqueue(actor.id(), id, Json.write(signed).getBytes(StandardCharsets.UTF_8), inboxes);
        wakeUp.run();
    }
}
