package org.bureaucrathackers.fellowship.actor;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * The ActivityPub documents of local actors (rules A1–A11): a fellow's Person and the instance's Application
 * actor. Only public key halves are ever read from {@link StoredKey}.
 */
public final class ActorDocuments {

    public static final String MAIN_KEY_FRAGMENT = "#main-key";
    public static final String ED25519_KEY_FRAGMENT = "#ed25519-key";

    private final LocalUris uris;

    public ActorDocuments(LocalUris uris) {
        this.uris = uris;
    }

    /** The {@code @context} of actor documents: Mastodon's shape (A6) plus Multikey, WebFinger and our terms. */
    public static ArrayNode context() {
        ArrayNode context = Json.MAPPER.createArrayNode()
                .add("https://www.w3.org/ns/activitystreams")
                .add("https://w3id.org/security/v1")
                .add("https://w3id.org/security/multikey/v1")
                .add("https://purl.archive.org/socialweb/webfinger");
        ObjectNode terms = context.addObject();
        terms.put("manuallyApprovesFollowers", "as:manuallyApprovesFollowers");
        terms.put("toot", "http://joinmastodon.org/ns#");
        idTerm(terms, "featured", "toot:featured");
        idTerm(terms, "featuredTags", "toot:featuredTags");
        idTerm(terms, "alsoKnownAs", "as:alsoKnownAs");
        idTerm(terms, "movedTo", "as:movedTo");
        terms.put("schema", "http://schema.org#");
        terms.put("PropertyValue", "schema:PropertyValue");
        terms.put("value", "schema:value");
        terms.put("discoverable", "toot:discoverable");
        terms.put("indexable", "toot:indexable");
        terms.put("suspended", "toot:suspended");
        terms.put("memorial", "toot:memorial");
        terms.put("Hashtag", "as:Hashtag");
        terms.put("Emoji", "toot:Emoji");
        // None of the linked contexts defines assertionMethod (FEP-521a), so define it here.
        ObjectNode assertionMethod = terms.putObject("assertionMethod");
        assertionMethod.put("@id", "https://w3id.org/security#assertionMethod");
        assertionMethod.put("@type", "@id");
        assertionMethod.put("@container", "@set");
        terms.put("fellowship", "https://w3id.org/fellowship/ns#");
        terms.put("sdo", "https://schema.org/");
        return context;
    }

    /** A local fellow's Person (or other non-instance) actor, without a structured profile. */
    public ObjectNode person(Account account, List<StoredKey> keys) {
        return person(account, keys, FellowProfile.EMPTY);
    }

    /**
     * A local fellow's Person actor with their structured profile: as {@code fellowship:} extension properties
     * and as PropertyValue rows after their own fields, for servers that show only those.
     */
    public ObjectNode person(Account account, List<StoredKey> keys, FellowProfile profile) {
        ObjectNode doc = Json.object();
        doc.set("@context", context());
        doc.put("id", account.uri());
        doc.put("type", account.actorType().name());
        doc.put("preferredUsername", account.username());
        doc.put("webfinger", uris.handle(account.username()));
        doc.put("name", account.displayName());
        doc.put("summary", account.summaryHtml());
        doc.put("url", account.url());
        if (account.avatarUrl() != null) {
            ObjectNode icon = doc.putObject("icon");
            icon.put("type", "Image");
            if (account.avatarMediaType() != null) {
                icon.put("mediaType", account.avatarMediaType());
            }
            icon.put("url", account.avatarUrl());
        }
        if (account.headerUrl() != null) {
            ObjectNode image = doc.putObject("image");
            image.put("type", "Image");
            if (account.headerMediaType() != null) {
                image.put("mediaType", account.headerMediaType());
            }
            image.put("url", account.headerUrl());
        }
        doc.put("inbox", account.inboxUrl());
        doc.put("outbox", account.outboxUrl());
        doc.put("followers", account.followersUrl());
        doc.put("following", account.followingUrl());
        doc.put("featured", account.featuredUrl());
        doc.put("featuredTags", uris.featuredTags(account.username()));
        doc.putObject("endpoints").put("sharedInbox", account.sharedInboxUrl());
        putKeys(doc, account, keys);
        List<ProfileField> fields = FellowProfileRows.attachment(account.fields(), profile);
        if (!fields.isEmpty()) {
            ArrayNode attachment = doc.putArray("attachment");
            for (ProfileField field : fields) {
                attachment.addObject()
                        .put("type", "PropertyValue")
                        .put("name", field.name())
                        .put("value", field.valueHtml());
            }
        }
        FellowProfileProperties.put(doc, profile);
        doc.put("discoverable", account.discoverable());
        doc.put("indexable", account.indexable());
        doc.put("manuallyApprovesFollowers", account.manuallyApprovesFollowers());
        doc.put("published", timestamp(account.createdAt()));
        return doc;
    }

    /**
     * A community's Group actor (FEP-1b12): its moderators are the collection in {@code attributedTo} (Lemmy
     * also reads {@code moderators}), and every member may post to it.
     */
    public ObjectNode group(Account account, List<StoredKey> keys, String moderatorsUrl) {
        ObjectNode doc = Json.object();
        ArrayNode context = context();
        ObjectNode terms = (ObjectNode) context.get(context.size() - 1);
        terms.put("lemmy", "https://join-lemmy.org/ns#");
        terms.put("postingRestrictedToMods", "lemmy:postingRestrictedToMods");
        idTerm(terms, "moderators", "lemmy:moderators");
        doc.set("@context", context);
        doc.put("id", account.uri());
        doc.put("type", Account.ActorType.Group.name());
        doc.put("preferredUsername", account.username());
        doc.put("webfinger", uris.handle(account.username()));
        doc.put("name", account.displayName());
        doc.put("summary", account.summaryHtml());
        doc.put("url", account.url());
        doc.put("inbox", account.inboxUrl());
        doc.put("outbox", account.outboxUrl());
        doc.put("followers", account.followersUrl());
        doc.putObject("endpoints").put("sharedInbox", account.sharedInboxUrl());
        doc.put("attributedTo", moderatorsUrl);
        doc.put("moderators", moderatorsUrl);
        doc.put("postingRestrictedToMods", false);
        putKeys(doc, account, keys);
        doc.put("discoverable", account.discoverable());
        doc.put("indexable", account.indexable());
        doc.put("manuallyApprovesFollowers", account.manuallyApprovesFollowers());
        doc.put("published", timestamp(account.createdAt()));
        return doc;
    }

    /** The instance actor (A10, FEP-2677): an Application named after the domain. */
    public ObjectNode instanceActor(Account account, List<StoredKey> keys) {
        ObjectNode doc = Json.object();
        doc.set("@context", context());
        doc.put("id", account.uri());
        doc.put("type", Account.ActorType.Application.name());
        doc.put("preferredUsername", uris.domain());
        doc.put("name", account.displayName());
        doc.put("url", uris.home());
        doc.put("inbox", account.inboxUrl());
        doc.put("outbox", account.outboxUrl());
        doc.putObject("endpoints").put("sharedInbox", account.sharedInboxUrl());
        putKeys(doc, account, keys);
        doc.put("manuallyApprovesFollowers", true);
        doc.put("published", timestamp(account.createdAt()));
        return doc;
    }

    /** publicKey (RSA, for HTTP signatures) and assertionMethod (Ed25519 Multikey, FEP-521a). */
    private static void putKeys(ObjectNode doc, Account account, List<StoredKey> keys) {
        StoredKey rsa = find(keys, account.uri() + MAIN_KEY_FRAGMENT, StoredKey.KeyType.RSA)
                .orElseThrow(() -> new IllegalStateException("actor " + account.uri() + " has no RSA main key"));
        ObjectNode publicKey = doc.putObject("publicKey");
        publicKey.put("id", rsa.keyId());
        publicKey.put("owner", account.uri());
        publicKey.put("publicKeyPem", rsa.publicKey());
        find(keys, account.uri() + ED25519_KEY_FRAGMENT, StoredKey.KeyType.ED25519).ifPresent(ed -> {
            ObjectNode multikey = doc.putArray("assertionMethod").addObject();
            multikey.put("id", ed.keyId());
            multikey.put("type", "Multikey");
            multikey.put("controller", account.uri());
            multikey.put("publicKeyMultibase", ed.publicKey());
        });
    }

    private static Optional<StoredKey> find(List<StoredKey> keys, String keyId, StoredKey.KeyType type) {
        return keys.stream().filter(k -> k.type() == type && k.keyId().equals(keyId)).findFirst();
    }

    private static void idTerm(ObjectNode terms, String name, String iri) {
        ObjectNode term = terms.putObject(name);
        term.put("@id", iri);
        term.put("@type", "@id");
    }

    /** ISO 8601 in UTC to the second, as Mastodon writes it. */
    public static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
