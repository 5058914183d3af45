package org.bureaucrathackers.fellowship.actor;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.FetchException.Kind;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.FetchedDocument;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.uri.Authorities;
import org.bureaucrathackers.fellowship.vocab.ActorReader;
import org.bureaucrathackers.fellowship.vocab.RefusedDocumentException;
import org.bureaucrathackers.fellowship.vocab.RemoteActor;

/**
 * Actors of other servers: answered from the database while fresh, otherwise fetched (signed, X9-checked),
 * read tolerantly, checked for origin (X20) and stored under the same account id as before. Local actor ids
 * are only ever looked up locally (X11); a 410 marks the account deleted (DL11).
 */
public final class RemoteActors {

    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    static final int MAX_USERNAME = 255;
    static final int MAX_SUMMARY_HTML = 20_000;
    static final int MAX_FIELD_NAME = 2048;
    static final int MAX_FIELD_HTML = 4096;
    static final int MAX_MEDIA_TYPE = 255;
    static final int MAX_ALIASES_TEXT = 20_000;
    static final int MAX_KEYS = 20;
    static final Pattern USERNAME = Pattern.compile("^[^\\s@/?#]+$");
    private static final int LOCK_STRIPES = 256;

    private final AccountStore accounts;
    private final ActivityPubFetcher fetcher;
    private final Ids ids;
    private final Clock clock;
    private final Duration ttl;
    private final NewSubdomains newSubdomains;
    private final FellowProfileStore profiles;
    private final ActorReader reader = new ActorReader();
    /** Resolving one actor at a time per stripe: no duplicate fetches, no racing inserts of the same uri. */
    private final Object[] locks = new Object[LOCK_STRIPES];

    public RemoteActors(AccountStore accounts, FellowProfileStore profiles, ActivityPubFetcher fetcher, Ids ids,
                        Clock clock, Duration ttl) {
        this(accounts, profiles, fetcher, ids, clock, ttl, NewSubdomains.standard(clock));
    }

    /** @param newSubdomains how many hosts under one domain may bring new actors at a time (X19) */
    public RemoteActors(AccountStore accounts, FellowProfileStore profiles, ActivityPubFetcher fetcher, Ids ids,
                        Clock clock, Duration ttl, NewSubdomains newSubdomains) {
        this.newSubdomains = newSubdomains;
        this.profiles = profiles;
        this.accounts = accounts;
        this.fetcher = fetcher;
        this.ids = ids;
        this.clock = clock;
        this.ttl = ttl;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /** The actor with this id, from the cache while it is fresh. */
    public Account resolve(String actorUri) throws FetchException {
        return resolve(actorUri, false);
    }

    /**
     * The actor with this id. Local ids come from the database only; remote ones from the cache while fresh
     * unless {@code refresh}, else fetched and stored. Deleted accounts are returned (check
     * {@link Account#isDeleted()}) while their entry is fresh.
     *
     * @throws FetchException when the actor cannot be had; kind GONE after marking a known account deleted
     */
    public Account resolve(String actorUri, boolean refresh) throws FetchException {
        URI uri = parse(actorUri);
        if (fetcher.isLocal(uri)) {
            return accounts.findByUri(actorUri).orElseThrow(() ->
                    new FetchException(Kind.NOT_FOUND, "there is no local actor " + actorUri));
        }
        synchronized (lockFor(actorUri)) {
            Optional<RemoteAccount> known = accounts.findRemote(actorUri);
            if (known.isPresent() && !refresh && isFresh(known.get())) {
                return known.get().account();
            }
            if (known.isEmpty()) {
                requireNewHostAllowed(Authorities.of(actorUri));
            }
            FetchedDocument document;
            try {
                document = fetcher.fetch(uri);
            } catch (FetchException e) {
                if (e.kind() == Kind.GONE && known.isPresent()) {
                    accounts.markRemoteDeleted(known.get().account().id(), now());
                }
                throw e;
            }
            if (!document.id().equals(actorUri)) {
                throw new FetchException(Kind.ID_MISMATCH, actorUri + " leads to the actor " + document.id());
            }
            return store(document, known, List.of());
        }
    }

    /**
     * The actor a URL leads to (an actor id, or a profile page that answers with its actor), stored under the
     * actor's own id. For what people paste; signatures and activities use {@link #resolve}.
     */
    public Account resolveUrl(String url) throws FetchException {
        URI uri = parse(url);
        if (fetcher.isLocal(uri)) {
            return resolve(url, false);
        }
        Optional<RemoteAccount> known = accounts.findRemote(url);
        if (known.isPresent() && isFresh(known.get())) {
            return known.get().account();
        }
        if (known.isEmpty()) {
            requireNewHostAllowed(Authorities.of(url));
        }
        FetchedDocument document = fetcher.fetch(uri);
        synchronized (lockFor(document.id())) {
            return store(document, accounts.findRemote(document.id()), List.of());
        }
    }

    /**
     * Stores an actor document that was fetched from its own id (the fetcher guarantees it), e.g. one fetched
     * while resolving a key.
     */
    public Account store(FetchedDocument document) throws FetchException {
        return store(document, List.of());
    }

    /**
     * Like {@link #store(FetchedDocument)}, also keeping keys the actor lists only by reference and whose own
     * documents were fetched and confirmed by the caller (the key resolver).
     */
    public Account store(FetchedDocument document, List<StoredKey> confirmedKeys) throws FetchException {
        synchronized (lockFor(document.id())) {
            return store(document, accounts.findRemote(document.id()), confirmedKeys);
        }
    }

    /**
     * Records that a remote actor moved to {@code targetUri} (a verified Move), keeping everything else as stored.
     * Returns false when the actor is not stored here.
     */
    public boolean recordMove(String actorUri, String targetUri) {
        synchronized (lockFor(actorUri)) {
            Optional<RemoteAccount> known = accounts.findRemote(actorUri);
            if (known.isEmpty()) {
                return false;
            }
            RemoteAccount remote = known.get();
            accounts.upsertRemote(new RemoteAccount(remote.account(), remote.fetchedAt(), targetUri,
                    remote.alsoKnownAs()), accounts.keysOf(remote.account().id()));
            return true;
        }
    }

    /** Forgets a remote actor and all it left here (its Delete arrived, P2). Returns whether it was stored. */
    public boolean forget(String actorUri) {
        synchronized (lockFor(actorUri)) {
            return accounts.findRemote(actorUri).map(r -> accounts.deleteRemote(r.account().id())).orElse(false);
        }
    }

    /** The stored remote account with this handle ({@code domain} is {@code host[:port]}), without fetching. */
    public Optional<Account> cachedByHandle(String username, String domain) {
        return accounts.findRemoteByHandle(username, domain);
    }

    /** The stored account for this actor id, if any, without fetching. */
    public Optional<Account> cached(String actorUri) {
        return accounts.findByUri(actorUri);
    }

    private Account store(FetchedDocument document, Optional<RemoteAccount> known, List<StoredKey> confirmedKeys)
            throws FetchException {
        RemoteActor actor;
        try {
            actor = reader.read(document.json());
        } catch (RefusedDocumentException e) {
            throw new FetchException(Kind.BAD_DOCUMENT, document.id() + " is not a usable actor: " + e.reason());
        }
        if (!actor.id().equals(document.id())) {
            throw new FetchException(Kind.ID_MISMATCH, document.id() + " describes " + actor.id());
        }
        String domain = Authorities.of(actor.id());
        if (known.isEmpty()) {
            requireNewHostAllowed(domain);
        }
        String username = ActorDocumentFields.usernameOf(actor);
        Optional<Account> sameHandle = accounts.findRemoteByHandle(username, domain);
        if (sameHandle.isPresent() && !sameHandle.get().uri().equals(actor.id())) {
            throw new FetchException(Kind.BAD_DOCUMENT, actor.id() + " claims the handle " + username + "@" + domain
                    + ", which " + sameHandle.get().uri() + " already has");
        }
        Instant now = now();
        FellowProfile profile = RemoteFellowProfiles.of(actor.fellowProfile());
        long id = known.map(k -> k.account().id()).orElseGet(ids::next);
        Account account = new Account(
                id,
                username,
                domain,
                actor.id(),
                ActorDocumentFields.onActorHost(actor.url(), domain),
                Account.ActorType.valueOf(actor.type()),
                actor.name() == null ? "" : actor.name(),
                RemoteText.html(actor.summary(), MAX_SUMMARY_HTML),
                Boolean.TRUE.equals(actor.manuallyApprovesFollowers()),
                Boolean.TRUE.equals(actor.discoverable()),
                Boolean.TRUE.equals(actor.indexable()),
                actor.icon() == null ? null : actor.icon().url(),
                actor.icon() == null ? null : RemoteText.cut(actor.icon().mediaType(), MAX_MEDIA_TYPE),
                actor.inbox(),
                actor.sharedInbox(),
                ActorDocumentFields.onActorHost(actor.outbox(), domain),
                ActorDocumentFields.onActorHost(actor.followers(), domain),
                ActorDocumentFields.onActorHost(actor.following(), domain),
                ActorDocumentFields.onActorHost(actor.featured(), domain),
                known.map(k -> k.account().createdAt()).orElse(now),
                now,
                null,
                ActorDocumentFields.fields(RemoteFellowProfiles.ownFields(actor.fields(), profile)));
        List<StoredKey> storedKeys = known.map(k -> accounts.keysOf(k.account().id())).orElse(List.of());
        List<StoredKey> keys = ActorDocumentKeys.keys(actor, document.json(), domain, storedKeys, confirmedKeys);
        RemoteAccount stored = accounts.upsertRemote(
                new RemoteAccount(account, now, actor.movedTo(), ActorDocumentFields.aliases(actor.alsoKnownAs())), keys);
        // Replaced whole, so a part the actor no longer carries is cleared here too.
        profiles.replace(stored.account().id(), profile);
        if (known.isEmpty()) {
            newSubdomains.record(domain);
        }
        return stored.account();
    }

    /** X19: refuses, before any fetch, a new actor from one host too many under its domain just now. */
    private void requireNewHostAllowed(String authority) throws FetchException {
        if (authority != null && !newSubdomains.allows(authority)) {
            throw new FetchException(Kind.TOO_MANY_NEW_HOSTS, newSubdomains.max() + " hosts under the domain of "
                    + authority + " brought new actors just now; no more are taken from it for a while");
        }
    }

    private boolean isFresh(RemoteAccount known) {
        return known.fetchedAt() != null && known.fetchedAt().plus(ttl).isAfter(clock.instant());
    }

    private Object lockFor(String uri) {
        return locks[Math.floorMod(uri.hashCode(), LOCK_STRIPES)];
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static URI parse(String url) throws FetchException {
        if (url == null || url.length() > 2048) {
            throw new FetchException(Kind.BAD_URL, "an actor id must be an http(s) URL of at most 2048 characters");
        }
        try {
            URI uri = new URI(url);
            if (Authorities.of(uri) == null || uri.getRawFragment() != null) {
                throw new FetchException(Kind.BAD_URL, "'" + url + "' is not an http(s) actor URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException(Kind.BAD_URL, "'" + url + "' is not a URL");
        }
    }
}
