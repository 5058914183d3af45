package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.RemoteAccount;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.inbox.TransientFailure;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * Move of an actor to a new one (P3): believed only when the new actor, fetched afresh, lists the old one in
 * {@code alsoKnownAs}; then recorded on the old account. Moving followers is left for later.
 */
public final class MoveHandler implements ActivityHandler {

    private final Lookups lookups;
    private final RemoteActors actors;

    public MoveHandler(Lookups lookups, RemoteActors actors) {
        this.lookups = lookups;
        this.actors = actors;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        String target = activity.targetId();
        if (target == null || target.equals(activity.actorId())) {
            throw new RefusedActivityException("Move without a target other than the actor");
        }
        if (lookups.isLocal(target)) {
            throw new RefusedActivityException("Move to a local account is not supported");
        }
        Account origin = lookups.actor(activity.actorId(), received.budget());
        if (lookups.knownActor(target).isEmpty()) {
            received.budget().spendNewActor(target);
        }
        try {
            actors.resolve(target, true);
        } catch (FetchException e) {
            if (e.isTransient()) {
                throw new TransientFailure("could not fetch the Move's target " + target + ": " + e.reason(), e);
            }
            throw new RefusedActivityException("Move's target refused: " + e.reason());
        }
        List<String> aliases = lookups.remote(target).map(RemoteAccount::alsoKnownAs).orElse(List.of());
        if (!aliases.contains(origin.uri())) {
            throw new RefusedActivityException(target + " does not list " + origin.uri() + " in alsoKnownAs");
        }
        actors.recordMove(origin.uri(), target);
    }
}
