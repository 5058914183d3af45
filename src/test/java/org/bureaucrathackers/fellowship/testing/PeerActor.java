package org.bureaucrathackers.fellowship.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SigningKey;

/**
 * An actor of another server, served by a {@link TestPeer}: its actor document at
 * {@code http://host:port/users/name} with a fresh RSA key, an inbox that answers 202 and records what it gets,
 * and builders for the activities it sends.
 */
public final class PeerActor {

    private final TestPeer peer;
    private final String host;
    private final String username;
    private final KeyPair keys = KeyMaterial.generateRsa();
    private final KeyPair proofKeys = KeyMaterial.generateEd25519();
    private final AtomicLong sequence = new AtomicLong();
    private ObjectNode document;

    private PeerActor(TestPeer peer, String host, String username) {
        this.peer = peer;
        this.host = host;
        this.username = username;
    }

    /** Starts serving a Person called {@code username} on {@code host}. */
    public static PeerActor serve(TestPeer peer, String host, String username) {
        PeerActor actor = new PeerActor(peer, host, username);
        actor.document = actor.personDocument();
        actor.publish();
        peer.serve(host, actor.path("/inbox"), exchange -> TestPeer.reply(exchange, 202, "application/json", "{}"));
        peer.serve(host, "/inbox", exchange -> TestPeer.reply(exchange, 202, "application/json", "{}"));
        return actor;
    }

    public String origin() {
        return peer.origin(host);
    }

    public String uri() {
        return origin() + path("");
    }

    public String keyId() {
        return uri() + "#main-key";
    }

    public SigningKey signingKey() {
        return new SigningKey(keyId(), keys.getPrivate());
    }

    /** The Ed25519 key this actor makes object proofs with (FEP-8b32), once {@link #publishAssertionMethod()}. */
    public SigningKey proofKey() {
        return new SigningKey(uri() + "#ed25519-key", proofKeys.getPrivate());
    }

    /** Lists {@link #proofKey()} under assertionMethod as a Multikey (FEP-521a) and serves the change. */
    public void publishAssertionMethod() {
        ObjectNode multikey = document.putArray("assertionMethod").addObject();
        multikey.put("id", proofKey().keyId());
        multikey.put("type", "Multikey");
        multikey.put("controller", uri());
        multikey.put("publicKeyMultibase", KeyMaterial.ed25519Multibase(proofKeys.getPublic()));
        publish();
    }

    /** A fresh id on this actor's server, e.g. for an activity. */
    public String newId(String kind) {
        return uri() + "/" + kind + "/" + sequence.incrementAndGet();
    }

    /** The served actor document; change it and call {@link #publish()} to serve the change. */
    public ObjectNode document() {
        return document;
    }

    public void publish() {
        peer.serveActivityJson(host, path(""), Json.write(document));
    }

    /** Serves a JSON document (a post, say) at its id, which must be on this actor's server. */
    public void serveObject(ObjectNode object) {
        String id = object.get("id").asText();
        if (!id.startsWith(origin() + "/")) {
            throw new IllegalArgumentException(id + " is not on " + origin());
        }
        peer.serveActivityJson(host, id.substring(origin().length()), Json.write(object));
    }

    /** The activities this actor's inbox (or its server's shared inbox) received, oldest first. */
    public List<JsonNode> received() {
        List<JsonNode> activities = new ArrayList<>();
        for (TestPeer.Recorded request : peer.requests()) {
            if (request.method().equals("POST") && request.host().equalsIgnoreCase(host)
                    && (request.path().equals(path("/inbox")) || request.path().equals("/inbox"))) {
                activities.add(parse(request.bodyText()));
            }
        }
        return activities;
    }

    /** The received activities of one type. */
    public List<JsonNode> received(String type) {
        return received().stream().filter(a -> type.equals(a.path("type").asText())).toList();
    }

    /** {@code {"@context", id, type, actor, object, to}} from this actor. */
    public ObjectNode activity(String type, Object object) {
        ObjectNode activity = Json.object();
        activity.put("@context", "https://www.w3.org/ns/activitystreams");
        activity.put("id", newId(type.toLowerCase(java.util.Locale.ROOT)));
        activity.put("type", type);
        activity.put("actor", uri());
        if (object instanceof JsonNode node) {
            activity.set("object", node);
        } else {
            activity.put("object", String.valueOf(object));
        }
        return activity;
    }

    /** A public Note by this actor; {@code to} and {@code cc} may add addressees. */
    public ObjectNode note(String html, String... mentioned) {
        ObjectNode note = Json.object();
        note.put("id", newId("statuses"));
        note.put("type", "Note");
        note.put("attributedTo", uri());
        note.put("content", html);
        note.put("published", java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        note.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        var cc = note.putArray("cc").add(uri() + "/followers");
        for (String actor : mentioned) {
            cc.add(actor);
            ObjectNode tag = note.withArray("tag").addObject();
            tag.put("type", "Mention");
            tag.put("href", actor);
        }
        return note;
    }

    /** Create of {@code note}, with the note embedded and its addressing copied (N1). */
    public ObjectNode create(ObjectNode note) {
        ObjectNode create = activity("Create", note.deepCopy());
        create.put("id", note.get("id").asText() + "/activity");
        create.set("to", note.get("to"));
        create.set("cc", note.get("cc"));
        return create;
    }

    public static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String path(String suffix) {
        return "/users/" + username + suffix;
    }

    private ObjectNode personDocument() {
        ObjectNode person = Json.object();
        person.putArray("@context").add("https://www.w3.org/ns/activitystreams").add("https://w3id.org/security/v1");
        person.put("id", uri());
        person.put("type", "Person");
        person.put("preferredUsername", username);
        person.put("name", username);
        person.put("inbox", uri() + "/inbox");
        person.put("outbox", uri() + "/outbox");
        person.put("followers", uri() + "/followers");
        person.put("following", uri() + "/following");
        person.putObject("endpoints").put("sharedInbox", origin() + "/inbox");
        ObjectNode key = person.putObject("publicKey");
        key.put("id", keyId());
        key.put("owner", uri());
        key.put("publicKeyPem", KeyMaterial.toPem(keys.getPublic()));
        return person;
    }
}
