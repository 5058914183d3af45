package org.bureaucrathackers.fellowship.inbox.handlers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.inbox.TransientFailure;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ancestors of a reply about to be stored whose parent is not here: fetched from their origins and stored
 * oldest first, so the reply and its thread link up. The climb is bounded by the activity's budget (X19): at most
 * {@link DiscoveryBudget.Limits#replyDepth()} ancestors, each a fetched post, each unknown author a new actor;
 * and by {@link #CLIMB_TIME} in all. An ancestor that cannot be had ends the climb; the reply is stored anyway.
 */
public final class ReplyParents {

    static final Duration CLIMB_TIME = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ReplyParents.class);

    private final Lookups lookups;
    private final RemoteNotes notes;

    public ReplyParents(Lookups lookups, RemoteNotes notes) {
        this.lookups = lookups;
        this.notes = notes;
    }

    /** Fetches and stores the missing ancestors of {@code reply}; returns how many were stored. */
    public int storeAncestors(RemoteNote reply, DiscoveryBudget budget) {
        List<RemoteNote> chain = climb(reply, budget);
        int stored = 0;
        for (int i = chain.size() - 1; i >= 0; i--) {
            RemoteNote ancestor = chain.get(i);
            try {
                notes.create(lookups.author(ancestor.attributedTo(), budget), ancestor);
                stored++;
            } catch (RefusedActivityException | TransientFailure e) {
                LOG.debug("ancestor {} of {} not stored: {}", ancestor.id(), reply.id(), e.getMessage());
            }
        }
        return stored;
    }

    /** The unknown ancestors, nearest first, as far as the budget and the clock allow. */
    private List<RemoteNote> climb(RemoteNote reply, DiscoveryBudget budget) {
        List<RemoteNote> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>(List.of(reply.id()));
        long deadline = System.nanoTime() + CLIMB_TIME.toNanos();
        String parent = reply.inReplyTo();
        while (parent != null && chain.size() < budget.limits().replyDepth() && seen.add(parent)
                && !lookups.isLocal(parent) && lookups.status(parent).isEmpty()) {
            if (System.nanoTime() > deadline) {
                LOG.debug("stopped climbing the thread of {} after {}", reply.id(), CLIMB_TIME);
                break;
            }
            try {
                RemoteNote ancestor = lookups.readNote(lookups.fetch(parent, budget));
                if (!ancestor.id().equals(parent)) {
                    break;
                }
                chain.add(ancestor);
                parent = ancestor.inReplyTo();
            } catch (RefusedActivityException | TransientFailure e) {
                LOG.debug("stopped climbing the thread of {} at {}: {}", reply.id(), parent, e.getMessage());
                break;
            }
        }
        return chain;
    }
}
