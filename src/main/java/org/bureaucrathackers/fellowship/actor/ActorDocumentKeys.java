package org.bureaucrathackers.fellowship.actor;

import com.fasterxml.jackson.databind.JsonNode;
import java.security.PublicKey;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.uri.Authorities;
import org.bureaucrathackers.fellowship.vocab.RemoteActor;
import org.bureaucrathackers.fellowship.vocab.RemoteKey;
import org.bureaucrathackers.fellowship.vocab.RemoteMultikey;

/**
 * Which keys of a remote actor's document this instance keeps: the rules for trusting a key on the actor's
 * word, apart from fetching and storing the actor ({@link RemoteActors}).
 */
final class ActorDocumentKeys {

    private static final int MAX_KEYS = RemoteActors.MAX_KEYS;

    private ActorDocumentKeys() {
    }

    /**
     * The keys the actor publishes inline: on its own host, owned (or controlled) by it, and parseable. Keys it
     * lists only by reference keep their stored copy ({@code storedKeys}, resolved earlier from a key document).
     */
    static List<StoredKey> keys(RemoteActor actor, JsonNode json, String domain, List<StoredKey> storedKeys,
                                List<StoredKey> confirmedKeys) {
        Map<String, StoredKey> keys = new LinkedHashMap<>();
        for (RemoteKey key : actor.publicKeys()) {
            if (keys.size() < MAX_KEYS && ownKey(key.id(), key.owner(), actor.id(), domain)) {
                rsaOrEd25519(key).ifPresent(k -> keys.putIfAbsent(k.keyId(), k));
            }
        }
        for (RemoteMultikey key : actor.assertionMethods()) {
            if (keys.size() < MAX_KEYS && ownKey(key.id(), key.controller(), actor.id(), domain)) {
                try {
                    KeyMaterial.ed25519FromMultibase(key.publicKeyMultibase());
                    keys.putIfAbsent(key.id(), new StoredKey(key.id(), 0, StoredKey.KeyType.ED25519,
                            key.publicKeyMultibase(), null));
                } catch (IllegalArgumentException notEd25519) {
                    // Other Multikey types (RSA) duplicate the publicKey entry; skip them.
                }
            }
        }
        Set<String> referenced = referencedKeyIds(json);
        Set<String> assertionMethod = referencedKeyIds(json, List.of("assertionMethod"));
        for (StoredKey confirmed : confirmedKeys) {
            if (keys.size() < MAX_KEYS && referenced.contains(confirmed.keyId())
                    && domain.equals(Authorities.of(confirmed.keyId()))) {
                keys.putIfAbsent(confirmed.keyId(), confirmed);
            }
        }
        for (StoredKey stored : storedKeys) {
            if (keys.size() < MAX_KEYS && referenced.contains(stored.keyId())) {
                keys.putIfAbsent(stored.keyId(), stored);
            }
        }
        // Only keys the actor lists under assertionMethod now may make its object proofs (FEP-8b32).
        return keys.values().stream().map(k -> k.withAssertionMethod(assertionMethod.contains(k.keyId()))).toList();
    }

    /**
     * An inline key is taken on the actor's word only when it lives under the actor's own id ({@code #main-key},
     * GoToSocial's {@code /main-key}) and names no other owner, as Mastodon does; any other key id is resolved
     * from its own document when a signature needs it.
     */
    private static boolean ownKey(String keyId, String owner, String actorId, String domain) {
        if (!domain.equals(Authorities.of(keyId)) || owner != null && !owner.equals(actorId)) {
            return false;
        }
        int hash = keyId.indexOf('#');
        String document = hash < 0 ? keyId : keyId.substring(0, hash);
        return document.equals(actorId) || keyId.startsWith(actorId + "/");
    }

    private static Optional<StoredKey> rsaOrEd25519(RemoteKey key) {
        try {
            PublicKey parsed = KeyMaterial.publicKeyFromPem(key.publicKeyPem());
            StoredKey.KeyType type = parsed.getAlgorithm().equals("RSA") ? StoredKey.KeyType.RSA
                    : StoredKey.KeyType.ED25519;
            return Optional.of(new StoredKey(key.id(), 0, type, KeyMaterial.toPem(parsed), null));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Ids of keys the document lists by bare reference under publicKey or assertionMethod. */
    static Set<String> referencedKeyIds(JsonNode json) {
        return referencedKeyIds(json, List.of("publicKey", "assertionMethod"));
    }

    /** Ids of keys the document lists, inline or by reference, under these properties. */
    private static Set<String> referencedKeyIds(JsonNode json, List<String> properties) {
        Set<String> ids = new LinkedHashSet<>();
        for (String property : properties) {
            JsonNode node = json.get(property);
            if (node == null) {
                continue;
            }
            Iterable<JsonNode> items = node.isArray() ? node : List.of(node);
            int seen = 0;
            for (JsonNode item : items) {
                if (++seen > MAX_KEYS) {
                    break;
                }
                if (item.isTextual()) {
                    ids.add(item.textValue());
                } else if (item.isObject() && item.path("id").isTextual()) {
                    ids.add(item.get("id").textValue());
                }
            }
        }
        return ids;
    }
}
