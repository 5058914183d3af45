package org.bureaucrathackers.fellowship.community;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.List;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.signature.KeyMaterial;
import org.bureaucrathackers.fellowship.signature.SigningKey;
import org.bureaucrathackers.fellowship.testing.ActivityPubFixtures;
import org.bureaucrathackers.fellowship.testing.PeerActor;
import org.bureaucrathackers.fellowship.testing.TestPeer;

/**
 * A Lemmy server as its own test payloads show it (the lemmy fixtures), served over real HTTP by a
 * {@link TestPeer}: the group {@code tenforward} with its WebFinger, the member {@code picard}, his Page, and the
 * group's Announce of the Create of that Page. Only hosts and keys are changed, so that the peer can sign.
 */
final class LemmyPeer {

    static final String HOST = "enterprise.lemmy.ml";
    private static final String PAGE_PATH = "/post/55143";

    private final TestPeer peer;
    private final KeyPair groupKeys = KeyMaterial.generateRsa();
    private final KeyPair personKeys = KeyMaterial.generateRsa();

    LemmyPeer(TestPeer peer) {
        this.peer = peer;
        ObjectNode group = fixture("lemmy/group.json");
        ((ObjectNode) group.get("publicKey")).put("publicKeyPem", KeyMaterial.toPem(groupKeys.getPublic()));
        peer.serveActivityJson(HOST, "/c/tenforward", Json.write(group));
        peer.serve(HOST, "/c/tenforward/inbox", exchange -> TestPeer.reply(exchange, 200, "application/json", "{}"));
        peer.serve(HOST, "/inbox", exchange -> TestPeer.reply(exchange, 200, "application/json", "{}"));

        // Lemmy's WebFinger answer for a group, renamed to this one.
        String webfinger = Json.write(ActivityPubFixtures.tree("lemmy/webfinger-group.json", ""))
                .replace("lemmy_support@lemmy.ml", handle())
                .replace("https://lemmy.ml/c/lemmy_support", groupUri());
        peer.serveDocument(HOST, "/.well-known/webfinger?resource="
                + URLEncoder.encode("acct:" + handle(), StandardCharsets.UTF_8), "application/jrd+json", webfinger);

        // Lemmy's Person fixture, as the author of the Page.
        String person = Json.write(ActivityPubFixtures.tree("lemmy/person.json", ""))
                .replace("https://lemmy.ml/u/pfefferle", personUri())
                .replace("https://lemmy.ml/inbox", origin() + "/inbox")
                .replace("\"pfefferle\"", "\"picard\"");
        ObjectNode personDoc = (ObjectNode) PeerActor.parse(person);
        ((ObjectNode) personDoc.get("publicKey")).put("publicKeyPem", KeyMaterial.toPem(personKeys.getPublic()));
        peer.serveActivityJson(HOST, "/u/picard", Json.write(personDoc));
        peer.serveActivityJson(HOST, PAGE_PATH, Json.write(page()));
    }

    String origin() {
        return peer.origin(HOST);
    }

    String handle() {
        return "tenforward@" + origin().substring("http://".length());
    }

    String groupUri() {
        return origin() + "/c/tenforward";
    }

    String personUri() {
        return origin() + "/u/picard";
    }

    String pageUri() {
        return origin() + PAGE_PATH;
    }

    SigningKey groupKey() {
        return new SigningKey(groupUri() + "#main-key", groupKeys.getPrivate());
    }

    /** The Page fixture, on this peer. */
    ObjectNode page() {
        return fixture("lemmy/page.json");
    }

    /** The group's Announce of the Create of the Page, shaped as Lemmy's fixture (announce-create-page.json). */
    ObjectNode announceOfPage() {
        String text = Json.write(ActivityPubFixtures.tree("lemmy/announce-create-page.json", ""))
                .replace("http://enterprise.lemmy.ml", origin())
                .replace(origin() + "/c/main", groupUri())
                .replace(origin() + "/u/lemmy_beta", personUri());
        ObjectNode announce = (ObjectNode) PeerActor.parse(text);
        ((ObjectNode) announce.get("object")).set("object", page());
        return announce;
    }

    /** Serves the Page edited, with {@code content} and an {@code updated} time after its publication. */
    void editPage(String content) {
        ObjectNode page = page();
        page.put("content", content).put("updated", "2025-01-01T10:00:00Z");
        peer.serveActivityJson(HOST, PAGE_PATH, Json.write(page));
    }

    /** The Page is deleted: its address answers 410, as Lemmy's does for a removed post. */
    void deletePage() {
        peer.serveStatus(HOST, PAGE_PATH, 410);
    }

    /**
     * The group's Announce of an activity on the Page ({@code Update} or {@code Delete}) by {@code actor}, shaped
     * as Lemmy relays its members' activities: the inner activity embedded, addressed to the group.
     */
    ObjectNode announceOf(String type, String actor) {
        ObjectNode inner = Json.object();
        inner.put("actor", actor);
        inner.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        if (type.equals("Update")) {
            inner.set("object", page());
        } else {
            inner.put("object", pageUri());
        }
        inner.putArray("cc").add(groupUri());
        inner.put("type", type);
        inner.put("id", origin() + "/activities/" + type.toLowerCase(java.util.Locale.ROOT) + "/"
                + java.util.UUID.randomUUID());
        inner.put("audience", groupUri());
        ObjectNode announce = Json.object();
        announce.put("actor", groupUri());
        announce.putArray("to").add("https://www.w3.org/ns/activitystreams#Public");
        announce.set("object", inner);
        announce.putArray("cc").add(groupUri() + "/followers");
        announce.put("type", "Announce");
        announce.put("id", origin() + "/activities/announce/" + java.util.UUID.randomUUID());
        return announce;
    }

    /** The Accept Lemmy's group sends for a Follow. */
    ObjectNode accept(JsonNode follow) {
        ObjectNode accept = Json.object();
        accept.put("actor", groupUri());
        accept.putArray("to").add(follow.get("actor").asText());
        accept.set("object", follow);
        accept.put("type", "Accept");
        accept.put("id", origin() + "/activities/accept/" + java.util.UUID.randomUUID());
        return accept;
    }

    /** The activities the group's inbox (or the server's shared inbox) received, of one type. */
    List<JsonNode> received(String type) {
        return peer.requests().stream()
                .filter(r -> r.method().equals("POST") && r.host().equalsIgnoreCase(HOST)
                        && (r.path().equals("/inbox") || r.path().equals("/c/tenforward/inbox")))
                .map(r -> PeerActor.parse(r.bodyText()))
                .filter(a -> type.equals(a.path("type").asText()))
                .toList();
    }

    private ObjectNode fixture(String file) {
        String text = Json.write(ActivityPubFixtures.tree(file, "")).replace("https://" + HOST, origin());
        return (ObjectNode) PeerActor.parse(text);
    }
}
