package org.bureaucrathackers.fellowship.inbox.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.RemoteAccount;
import org.bureaucrathackers.fellowship.actor.RemoteActors;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.inbox.ModerationGate;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.inbox.TransientFailure;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RefusedDocumentException;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * What handlers look up: actors (through {@link RemoteActors}, fetched when not known), local accounts and
 * statuses (never fetched, X11), and objects fetched from their origin (X8). Fetch failures become a
 * {@link TransientFailure} (the job is retried) or a refusal with the fetcher's reason.
 */
public final class Lookups {

    private final RemoteActors actors;
    private final AccountStore accounts;
    private final StatusStore statuses;
    private final ActivityPubFetcher fetcher;
    private final LocalUris uris;
    private final ModerationGate moderation;
    private final NoteReader notes = new NoteReader();

    public Lookups(RemoteActors actors, AccountStore accounts, StatusStore statuses, ActivityPubFetcher fetcher,
                   LocalUris uris, ModerationGate moderation) {
        this.actors = actors;
        this.moderation = moderation;
        this.accounts = accounts;
        this.statuses = statuses;
        this.fetcher = fetcher;
        this.uris = uris;
    }

    /**
     * The actor with this id, fetched if stale, or if unknown while the activity's budget allows a new actor
     * (X19); a deleted actor is refused.
     */
    public Account actor(String actorUri, DiscoveryBudget budget) {
        if (!isLocal(actorUri) && actors.cached(actorUri).isEmpty()) {
            budget.spendNewActor(actorUri);
        }
        Account account;
        try {
            account = actors.resolve(actorUri);
        } catch (FetchException e) {
            throw failure("actor " + actorUri, e);
        }
        if (account.isDeleted()) {
            throw new RefusedActivityException("actor " + actorUri + " is deleted");
        }
        return account;
    }

    /** The author of a post fetched on an activity's behalf; refused when suspended here (X17). */
    public Account author(String actorUri, DiscoveryBudget budget) {
        Account author = actor(actorUri, budget);
        if (isSuspended(author)) {
            throw new RefusedActivityException("the author " + actorUri + " is suspended on this instance");
        }
        return author;
    }

    /** The actor as stored here, without fetching. */
    public Optional<Account> knownActor(String actorUri) {
        return actors.cached(actorUri);
    }

    /** An account stored here, by its row id. */
    public Optional<Account> account(long id) {
        return accounts.findById(id);
    }

    /** Where a remote actor says it moved, and the aliases it lists, as stored. */
    public Optional<RemoteAccount> remote(String actorUri) {
        return accounts.findRemote(actorUri);
    }

    /** A local account (not deleted) with this id; remote ids are never looked up here. */
    public Optional<Account> localAccount(String uri) {
        if (uri == null || !uris.isLocal(uri)) {
            return Optional.empty();
        }
        return actors.cached(uri).filter(a -> a.isLocal() && !a.isDeleted());
    }

    /** A stored status (local or remote) with this id. */
    public Optional<Status> status(String uri) {
        return uri == null ? Optional.empty() : statuses.findByUri(uri);
    }

    /** Whether an operator suspended this actor here (X17). */
    public boolean isSuspended(Account account) {
        return !account.isLocal() && moderation.isSuspended(account.uri());
    }

    public boolean isLocal(String uri) {
        return uri != null && uris.isLocal(uri);
    }

    /**
     * The post at {@code id}, fetched from its own origin with the id checked (X8, X9), if the activity's budget
     * allows one more (X19).
     */
    public JsonNode fetch(String id, DiscoveryBudget budget) {
        if (isLocal(id)) {
            throw new RefusedActivityException("a local object is never fetched: " + id);
        }
        budget.spendStatus(id);
        try {
            return fetcher.fetch(URI.create(id)).json();
        } catch (FetchException e) {
            throw failure(id, e);
        } catch (IllegalArgumentException e) {
            throw new RefusedActivityException("not a URL: " + id);
        }
    }

    /**
     * Whether the post at {@code id} is gone from its own origin (404, 410 or a Tombstone): how a Delete that
     * someone other than the author relays is checked, since only the origin can say the post is gone.
     */
    public boolean goneAtOrigin(String id, DiscoveryBudget budget) {
        if (isLocal(id)) {
            throw new RefusedActivityException("a local object is never fetched: " + id);
        }
        budget.spendStatus(id);
        try {
            return "Tombstone".equals(fetcher.fetch(URI.create(id)).json().path("type").asText());
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.GONE || e.kind() == FetchException.Kind.NOT_FOUND) {
                return true;
            }
            throw failure(id, e);
        } catch (IllegalArgumentException e) {
            throw new RefusedActivityException("not a URL: " + id);
        }
    }

    /** The post an activity carries: its embedded object when trusted, else fetched from the object's origin. */
    public RemoteNote note(ReceivedActivity received) {
        JsonNode object = received.trustEmbeddedObject() && received.activity().hasEmbeddedObject()
                ? received.activity().object()
                : fetch(received.activity().objectId(), received.budget());
        return readNote(object);
    }

    public RemoteNote readNote(JsonNode object) {
        try {
            return notes.read(object);
        } catch (RefusedDocumentException e) {
            throw new RefusedActivityException("object refused: " + e.reason());
        }
    }

    private static RuntimeException failure(String what, FetchException e) {
        if (e.isTransient()) {
            return new TransientFailure("could not fetch " + what + ": " + e.reason(), e);
        }
        return new RefusedActivityException("could not fetch " + what + ": " + e.reason());
    }
}
