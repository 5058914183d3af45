package org.bureaucrathackers.fellowship.testing;

import java.security.KeyPair;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** Accounts built directly, for states the services cannot produce yet (remote actors, fields, deletion). */
public final class Accounts {

    private Accounts() {
    }

    /** An actor of another server, as the federation core would store it after fetching it. */
    public static Account remote(long id, String username, String domain) {
        String actor = "https://" + domain + "/users/" + username;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return new Account(id, username, domain, actor, "https://" + domain + "/@" + username,
                Account.ActorType.Person, username, "", false, true, true, null, null, actor + "/inbox",
                "https://" + domain + "/inbox", actor + "/outbox", actor + "/followers", actor + "/following",
                null, now, now, null, List.of());
    }

    /** A local fellow with the given extras; {@code deletedAt} may be null. */
    public static Account local(LocalUris uris, long id, String username, List<ProfileField> fields,
                                String avatarUrl, String avatarMediaType, Instant createdAt, Instant deletedAt) {
        return new Account(id, username, "", uris.actor(username), uris.profile(username), Account.ActorType.Person,
                username, "<p>Bio of " + username + "</p>", false, true, false, avatarUrl, avatarMediaType,
                uris.inbox(username), uris.sharedInbox(), uris.outbox(username), uris.followers(username),
                uris.following(username), uris.featured(username), createdAt, createdAt, deletedAt, fields);
    }

    /** Fresh RSA and Ed25519 keys under the key ids local actors publish. */
    public static List<StoredKey> freshKeys(Account account) {
        KeyPair rsa = KeyMaterial.generateRsa();
        KeyPair ed = KeyMaterial.generateEd25519();
        return List.of(
                new StoredKey(account.uri() + "#main-key", account.id(), StoredKey.KeyType.RSA,
                        KeyMaterial.toPem(rsa.getPublic()), KeyMaterial.toPem(rsa.getPrivate())),
                new StoredKey(account.uri() + "#ed25519-key", account.id(), StoredKey.KeyType.ED25519,
                        KeyMaterial.ed25519Multibase(ed.getPublic()), KeyMaterial.toPem(ed.getPrivate())));
    }
}
