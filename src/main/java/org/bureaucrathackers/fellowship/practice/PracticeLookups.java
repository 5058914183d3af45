package org.bureaucrathackers.fellowship.practice;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.post.InvalidPostException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusResolver;
import org.bureaucrathackers.fellowship.post.Statuses;

/**
 * What {@link PracticeActors} looks up beyond this instance: an actor by IRI (a community named by URL) and the
 * post an {@code adapted_from} URL names, each fetched if it is not known here. A lookup that fails is empty, so
 * the practice names what it could not find rather than failing.
 */
public final class PracticeLookups {

    private final RemoteActors remoteActors;
    private final StatusResolver statusResolver;
    private final Statuses statuses;

    public PracticeLookups(RemoteActors remoteActors, StatusResolver statusResolver, Statuses statuses) {
        this.remoteActors = remoteActors;
        this.statusResolver = statusResolver;
        this.statuses = statuses;
    }

    /** For {@link PracticeActors.ByUri}. */
    public Optional<Account> actor(String uri) {
        try {
            return Optional.of(remoteActors.resolve(uri));
        } catch (FetchException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** For {@link PracticeActors.Originals}. */
    public Optional<PracticeActors.Original> original(String url) {
        try {
            Status status = statusResolver.resolve(url);
            return Optional.of(new PracticeActors.Original(status.uri(), statuses.author(status)));
        } catch (FetchException | InvalidPostException e) {
            return Optional.empty();
        }
    }
}
