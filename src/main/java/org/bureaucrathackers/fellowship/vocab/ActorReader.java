package org.bureaucrathackers.fellowship.vocab;

import static org.bureaucrathackers.fellowship.vocab.LenientJson.bool;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.httpUrl;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.identifier;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.items;
import static org.bureaucrathackers.fellowship.vocab.LenientJson.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.bureaucrathackers.fellowship.jsonld.BoundedJson;
import org.bureaucrathackers.fellowship.jsonld.JsonBounds;
import org.bureaucrathackers.fellowship.jsonld.JsonLdException;

/**
 * Reads a remote actor document (Person, Service, Application, Group, Organization) by property name,
 * tolerating the shapes real servers send. Lists are cut at their caps and long text is truncated;
 * only a missing or wrong id, type or inbox refuses the document.
 */
public final class ActorReader {

    public static final List<String> ACTOR_TYPES =
            List.of("Person", "Service", "Application", "Group", "Organization");

    static final int MAX_TYPES = 16;
    static final int MAX_KEYS = 10;
    static final int MAX_FIELDS = 50;
    static final int MAX_FIELDS_SCANNED = 200;
    static final int MAX_FIELD_TEXT = 2047;
    static final int MAX_NAME = 2048;
    static final int MAX_SUMMARY = 20_000;
    static final int MAX_IDENTIFIER = 256;
    static final int MAX_PEM = 16_384;
    static final int MAX_MULTIBASE = 1_024;
    static final int MAX_ALIASES = 20;
    static final int MAX_URL_CHOICES = 16;
    static final int MAX_MEDIA_TYPE = 255;
    static final int MAX_DESCRIPTION = 1_500;
    private static final int MAX_REASON_TYPE = 64;

    private final BoundedJson parser = BoundedJson.remote();

    public RemoteActor read(String json) throws RefusedDocumentException {
        try {
            return readTree(parser.parse(json));
        } catch (JsonLdException e) {
            throw new RefusedDocumentException(e.getMessage());
        }
    }

    public RemoteActor read(byte[] utf8) throws RefusedDocumentException {
        try {
            return readTree(parser.parse(utf8));
        } catch (JsonLdException e) {
            throw new RefusedDocumentException(e.getMessage());
        }
    }

    /** Reads an already parsed document, which must still be within the bounds of a remote document. */
    public RemoteActor read(JsonNode document) throws RefusedDocumentException {
        try {
            JsonBounds.REMOTE.check(document);
        } catch (JsonLdException e) {
            throw new RefusedDocumentException(e.getMessage());
        }
        return readTree(document);
    }

    /** Reads only the id and keys of an actor document; unlike {@link #read} it needs no inbox. */
    public ActorKeys readKeys(JsonNode document) throws RefusedDocumentException {
        try {
            JsonBounds.REMOTE.check(document);
        } catch (JsonLdException e) {
            throw new RefusedDocumentException(e.getMessage());
        }
        requireObject(document);
        actorType(document);
        return new ActorKeys(requiredUrl(document, "id"), publicKeys(document.get("publicKey")),
                multikeys(document.get("assertionMethod")));
    }

    private RemoteActor readTree(JsonNode doc) throws RefusedDocumentException {
        requireObject(doc);
        String type = actorType(doc);
        String id = requiredUrl(doc, "id");
        String inbox = requiredUrl(doc, "inbox");
        JsonNode endpoints = doc.path("endpoints");
        String sharedInbox = httpUrl(endpoints.get("sharedInbox"));
        return new RemoteActor(
                id,
                type,
                identifier(doc.get("preferredUsername"), MAX_IDENTIFIER),
                identifier(doc.get("webfinger"), MAX_IDENTIFIER),
                text(doc.get("name"), MAX_NAME),
                text(doc.get("summary"), MAX_SUMMARY),
                preferredUrl(doc.get("url")),
                image(doc.get("icon")),
                image(doc.get("image")),
                inbox,
                httpUrl(doc.get("outbox")),
                httpUrl(doc.get("followers")),
                httpUrl(doc.get("following")),
                httpUrl(doc.get("featured")),
                httpUrl(doc.get("featuredTags")),
                sharedInbox != null ? sharedInbox : httpUrl(doc.get("sharedInbox")),
                publicKeys(doc.get("publicKey")),
                multikeys(doc.get("assertionMethod")),
                fields(doc.get("attachment")),
                bool(doc.get("manuallyApprovesFollowers")),
                bool(doc.get("discoverable")),
                bool(doc.get("indexable")),
                LenientJson.instant(doc.get("published")),
                httpUrl(doc.get("movedTo")),
                aliases(doc.get("alsoKnownAs")),
                bool(doc.get("suspended")),
                bool(doc.get("memorial")),
                FellowProfileReader.read(doc));
    }

    private static void requireObject(JsonNode doc) throws RefusedDocumentException {
        if (!doc.isObject()) {
            throw new RefusedDocumentException("not a JSON object");
        }
    }

    private static String actorType(JsonNode doc) throws RefusedDocumentException {
        List<String> types = LenientJson.types(doc.get("type"), MAX_TYPES);
        for (String type : types) {
            for (String actorType : ACTOR_TYPES) {
                if (type.equals(actorType) || isActivityStreamsName(type, actorType)) {
                    return actorType;
                }
            }
        }
        if (types.isEmpty()) {
            throw new RefusedDocumentException("missing type");
        }
        throw new RefusedDocumentException("not an actor type: " + LenientJson.truncate(types.get(0), MAX_REASON_TYPE));
    }

    private static boolean isActivityStreamsName(String type, String local) {
        return type.equals("as:" + local)
                || type.equals("https://www.w3.org/ns/activitystreams#" + local)
                || type.equals("http://www.w3.org/ns/activitystreams#" + local);
    }

    private static String requiredUrl(JsonNode doc, String property) throws RefusedDocumentException {
        JsonNode value = doc.get(property);
        if (value == null || value.isNull() || value.isTextual() && value.textValue().isBlank()) {
            throw new RefusedDocumentException("missing " + property);
        }
        String url = httpUrl(value);
        if (url == null) {
            throw new RefusedDocumentException(property + " is not an http(s) URL");
        }
        return url;
    }

    /** {@code url} as a string, a Link or an array of either; an HTML page is preferred. */
    static String preferredUrl(JsonNode node) {
        String first = null;
        for (JsonNode item : items(node, MAX_URL_CHOICES)) {
            String href = item.isObject() ? httpUrl(item.get("href")) : httpUrl(item);
            if (href == null) {
                continue;
            }
            if (item.isObject() && "text/html".equals(text(item.get("mediaType"), MAX_MEDIA_TYPE))) {
                return href;
            }
            if (first == null) {
                first = href;
            }
        }
        return first;
    }

    /** {@code icon}/{@code image} as a URL string, an Image object or an array; the widest image wins. */
    static RemoteImage image(JsonNode node) {
        RemoteImage chosen = null;
        int chosenWidth = -1;
        for (JsonNode item : items(node, MAX_URL_CHOICES)) {
            RemoteImage candidate = item.isObject() ? imageObject(item) : plainImage(item);
            if (candidate == null) {
                continue;
            }
            int width = item.path("width").asInt(0);
            if (chosen == null || width > chosenWidth) {
                chosen = candidate;
                chosenWidth = width;
            }
        }
        return chosen;
    }

    private static RemoteImage plainImage(JsonNode node) {
        String url = httpUrl(node);
        return url == null ? null : new RemoteImage(url, null, null);
    }

    private static RemoteImage imageObject(JsonNode node) {
        String url = preferredUrl(node.get("url"));
        if (url == null) {
            url = httpUrl(node.get("href"));
        }
        if (url == null) {
            return null;
        }
        String description = text(node.get("name"), MAX_DESCRIPTION);
        if (description == null) {
            description = text(node.get("summary"), MAX_DESCRIPTION);
        }
        return new RemoteImage(url, text(node.get("mediaType"), MAX_MEDIA_TYPE), description);
    }

    /** {@code publicKey} as one object or an array; entries without an id or PEM are skipped. */
    static List<RemoteKey> publicKeys(JsonNode node) {
        List<RemoteKey> keys = new ArrayList<>();
        for (JsonNode item : items(node, MAX_KEYS)) {
            String id = httpUrl(item.get("id"));
            String pem = identifier(item.get("publicKeyPem"), MAX_PEM);
            if (item.isObject() && id != null && pem != null) {
                keys.add(new RemoteKey(id, httpUrl(item.get("owner")), pem));
            }
        }
        return keys;
    }

    /** Multikeys listed under {@code assertionMethod}; bare references and other key types are skipped. */
    static List<RemoteMultikey> multikeys(JsonNode node) {
        List<RemoteMultikey> keys = new ArrayList<>();
        for (JsonNode item : items(node, MAX_KEYS)) {
            if (!item.isObject() || !hasType(item, "Multikey")) {
                continue;
            }
            String id = httpUrl(item.get("id"));
            String multibase = identifier(item.get("publicKeyMultibase"), MAX_MULTIBASE);
            if (id != null && multibase != null) {
                keys.add(new RemoteMultikey(id, httpUrl(item.get("controller")), multibase));
            }
        }
        return keys;
    }

    /** PropertyValue profile fields, at most 50, name and value cut at 2047 characters as Mastodon does. */
    static List<PropertyValue> fields(JsonNode node) {
        List<PropertyValue> fields = new ArrayList<>();
        for (JsonNode item : items(node, MAX_FIELDS_SCANNED)) {
            if (fields.size() == MAX_FIELDS) {
                break;
            }
            if (!item.isObject() || !hasType(item, "PropertyValue")) {
                continue;
            }
            String name = text(item.get("name"), MAX_FIELD_TEXT);
            String value = text(item.get("value"), MAX_FIELD_TEXT);
            if (name != null && value != null) {
                fields.add(new PropertyValue(name, value));
            }
        }
        return fields;
    }

    static List<String> aliases(JsonNode node) {
        List<String> aliases = new ArrayList<>();
        for (JsonNode item : items(node, MAX_ALIASES)) {
            String url = httpUrl(item);
            if (url != null && !aliases.contains(url)) {
                aliases.add(url);
            }
        }
        return aliases;
    }

    private static boolean hasType(JsonNode item, String local) {
        for (String type : LenientJson.types(item.get("type"), MAX_TYPES)) {
            if (LenientJson.isType(type, local)) {
                return true;
            }
        }
        return false;
    }
}
