package org.bureaucrathackers.fellowship.actor;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.fetch.ActivityPubFetcher;
import org.bureaucrathackers.fellowship.fetch.FetchException.Kind;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.fetch.FetchedDocument;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.uri.Authorities;
import org.bureaucrathackers.fellowship.vocab.ActorReader;

/**
 * Resolves signature keyIds to keys confirmed by their owners (S11, A12, X3, X11). Local keys come from the
 * database only. A remote key is answered from the cache, or fetched: the keyId's document is either the
 * owner actor (Mastodon's {@code #main-key}; GoToSocial's {@code /main-key} stub, which the fetcher follows
 * to the actor by its id) listing the key, or a key document naming an owner on the same host that lists it
 * in turn. Refreshes after failed verifications are limited to one per host per interval (S12).
 */
public final class ActorKeyResolver implements KeyLookup {

    public static final Duration DEFAULT_REFRESH_INTERVAL = Duration.ofMinutes(1);
    private static final int MAX_KEY_ID = 2048;
    private static final int MAX_PEM = 16_384;
    private static final int MAX_MULTIBASE = 1_024;

    private final AccountStore accounts;
    private final RemoteActors actors;
    private final ActivityPubFetcher fetcher;
    private final HostRateLimit refreshes;
    private final Clock clock;

    public ActorKeyResolver(AccountStore accounts, RemoteActors actors, ActivityPubFetcher fetcher, Clock clock,
                            Duration refreshInterval) {
        this.accounts = accounts;
        this.actors = actors;
        this.fetcher = fetcher;
        this.refreshes = new HostRateLimit(clock, refreshInterval);
        this.clock = clock;
    }

    @Override
    public PublicKeyInfo lookup(String keyId, boolean refresh) throws FetchException {
        URI uri = parse(keyId);
        Optional<StoredKey> cached = accounts.findKey(keyId);
        if (fetcher.isLocal(uri)) {
            // X11: our own keys are never fetched, and never taken from anyone else.
            StoredKey local = cached.orElseThrow(() -> new FetchException(Kind.NOT_FOUND, "no local key " + keyId));
            return info(local, true);
        }
        if (cached.isPresent() && (!refresh || !refreshes.tryAcquire(Authorities.of(uri)))) {
            return info(cached.get(), true);
        }
        return fetchKey(keyId, uri, cached);
    }

    private PublicKeyInfo fetchKey(String keyId, URI uri, Optional<StoredKey> cached) throws FetchException {
        FetchedDocument document;
        try {
            document = fetcher.fetch(uri);
        } catch (FetchException e) {
            if (e.kind() == Kind.GONE && cached.isPresent()) {
                markOwnerDeletedIfActorGone(keyId, cached.get());
            }
            throw e;
        }
        if (!Authorities.same(document.id(), keyId)) {
            throw new FetchException(Kind.BAD_DOCUMENT, "key " + keyId + " leads to " + document.id()
                    + " on another host");
        }
        if (isActor(document.json())) {
            Account owner = actors.store(document);
            return keyOf(owner, keyId);
        }
        return fromKeyDocument(keyId, document);
    }

    /** A standalone key document: its owner must be on its host and list it (A12, X3). */
    private PublicKeyInfo fromKeyDocument(String keyId, FetchedDocument keyDocument) throws FetchException {
        if (!keyDocument.id().equals(keyId)) {
            // Never keep a key under a URL other than its own id.
            throw new FetchException(Kind.ID_MISMATCH, "the key document at " + keyDocument.id()
                    + " is not the key " + keyId);
        }
        JsonNode json = keyDocument.json();
        String owner = reference(json.get("owner"));
        if (owner == null) {
            owner = reference(json.get("controller"));
        }
        if (owner == null) {
            throw new FetchException(Kind.BAD_DOCUMENT, "key " + keyId + " names no owner");
        }
        if (!Authorities.same(owner, keyId)) {
            throw new FetchException(Kind.BAD_DOCUMENT, "key " + keyId + " names an owner on another host: " + owner);
        }
        StoredKey material = material(keyId, json);
        FetchedDocument ownerDocument = fetcher.fetch(parse(owner));
        if (!ownerDocument.id().equals(owner) || !isActor(ownerDocument.json())) {
            throw new FetchException(Kind.BAD_DOCUMENT, "the owner of key " + keyId + " is not the actor " + owner);
        }
        if (!ActorDocumentKeys.referencedKeyIds(ownerDocument.json()).contains(keyId)) {
            throw new FetchException(Kind.BAD_DOCUMENT, owner + " does not list the key " + keyId);
        }
        Account account = actors.store(ownerDocument, List.of(material));
        return keyOf(account, keyId);
    }

    /** The key as now stored for {@code owner}; the owner's inline copy wins over the key document's. */
    private PublicKeyInfo keyOf(Account owner, String keyId) throws FetchException {
        StoredKey key = accounts.findKey(keyId)
                .filter(k -> k.accountId() == owner.id())
                .orElseThrow(() -> new FetchException(Kind.BAD_DOCUMENT, owner.uri() + " does not list the key "
                        + keyId + " as its own"));
        return info(key, false);
    }

    private PublicKeyInfo info(StoredKey key, boolean fromCache) throws FetchException {
        Account owner = accounts.findById(key.accountId())
                .orElseThrow(() -> new FetchException(Kind.NOT_FOUND, "key " + key.keyId() + " has no owner"));
        return new PublicKeyInfo(key.keyId(), owner.uri(), publicKey(key), fromCache, key.assertionMethod());
    }

    private static PublicKey publicKey(StoredKey key) throws FetchException {
        try {
            return key.type() == StoredKey.KeyType.ED25519 && !key.publicKey().startsWith("-----")
                    ? KeyMaterial.ed25519FromMultibase(key.publicKey())
                    : KeyMaterial.publicKeyFromPem(key.publicKey());
        } catch (IllegalArgumentException e) {
            throw new FetchException(Kind.BAD_DOCUMENT, "key " + key.keyId() + " is unreadable");
        }
    }

    private static StoredKey material(String keyId, JsonNode json) throws FetchException {
        JsonNode pem = json.get("publicKeyPem");
        if (pem != null && pem.isTextual() && pem.textValue().length() <= MAX_PEM) {
            try {
                PublicKey key = KeyMaterial.publicKeyFromPem(pem.textValue());
                StoredKey.KeyType type = key.getAlgorithm().equals("RSA") ? StoredKey.KeyType.RSA
                        : StoredKey.KeyType.ED25519;
                return new StoredKey(keyId, 0, type, KeyMaterial.toPem(key), null);
            } catch (IllegalArgumentException e) {
                throw new FetchException(Kind.BAD_DOCUMENT, "key " + keyId + " has an unreadable publicKeyPem");
            }
        }
        JsonNode multibase = json.get("publicKeyMultibase");
        if (multibase != null && multibase.isTextual() && multibase.textValue().length() <= MAX_MULTIBASE) {
            try {
                KeyMaterial.ed25519FromMultibase(multibase.textValue());
                return new StoredKey(keyId, 0, StoredKey.KeyType.ED25519, multibase.textValue(), null);
            } catch (IllegalArgumentException e) {
                throw new FetchException(Kind.BAD_DOCUMENT, "key " + keyId + " is not an Ed25519 multikey");
            }
        }
        throw new FetchException(Kind.BAD_DOCUMENT, "the document at " + keyId + " holds no public key");
    }

    /** DL11: when the key lived in its actor's own document, a 410 there means the actor is gone. */
    private void markOwnerDeletedIfActorGone(String keyId, StoredKey key) {
        int hash = keyId.indexOf('#');
        String document = hash < 0 ? keyId : keyId.substring(0, hash);
        accounts.findById(key.accountId())
                .filter(owner -> !owner.isLocal() && owner.uri().equals(document))
                .ifPresent(owner -> accounts.markRemoteDeleted(owner.id(),
                        clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS)));
    }

    static boolean isActor(JsonNode json) {
        JsonNode type = json.get("type");
        Iterable<JsonNode> types = type == null ? List.of() : type.isArray() ? type : List.of(type);
        int seen = 0;
        for (JsonNode item : types) {
            if (++seen > 16) {
                break;
            }
            if (item.isTextual() && ActorReader.ACTOR_TYPES.contains(item.textValue())) {
                return true;
            }
        }
        return false;
    }

    private static String reference(JsonNode node) {
        if (node != null && node.isObject()) {
            node = node.get("id");
        }
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static URI parse(String keyId) throws FetchException {
        if (keyId == null || keyId.isBlank() || keyId.length() > MAX_KEY_ID) {
            throw new FetchException(Kind.BAD_URL, "a keyId must be an http(s) URL of at most " + MAX_KEY_ID
                    + " characters");
        }
        if (keyId.regionMatches(true, 0, "acct:", 0, 5)) {
            throw new FetchException(Kind.BAD_URL, "acct: keyIds are not accepted; use the key's URL");
        }
        try {
            URI uri = new URI(keyId);
            if (Authorities.of(uri) == null) {
                throw new FetchException(Kind.BAD_URL, "keyId '" + abbreviate(keyId) + "' is not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchException(Kind.BAD_URL, "keyId '" + abbreviate(keyId) + "' is not a URL");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "…";
    }
}
