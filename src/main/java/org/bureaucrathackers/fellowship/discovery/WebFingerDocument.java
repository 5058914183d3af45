package org.bureaucrathackers.fellowship.discovery;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/** The JRD for a local account, in Mastodon's shape (rules D2–D4, D7). */
public final class WebFingerDocument {

    /** Mastodon matches the self link's type by exact string equality (D2). */
    public static final String SELF_TYPE = "application/activity+json";
    public static final String PROFILE_PAGE = "http://webfinger.net/rel/profile-page";
    public static final String SUBSCRIBE = "http://ostatus.org/schema/1.0/subscribe";

    private WebFingerDocument() {
    }

    /** A fellow: the subject keeps the stored username's case; self is the actor id byte for byte. */
    public static ObjectNode forFellow(Account account, LocalUris uris) {
        ObjectNode jrd = Json.object();
        jrd.put("subject", "acct:" + account.username() + "@" + uris.domain());
        jrd.putArray("aliases").add(account.url()).add(account.uri());
        ArrayNode links = jrd.putArray("links");
        links.addObject().put("rel", "self").put("type", SELF_TYPE).put("href", account.uri());
        links.addObject().put("rel", PROFILE_PAGE).put("type", "text/html").put("href", account.url());
        links.addObject().put("rel", SUBSCRIBE).put("template", uris.authorizeInteractionTemplate());
        return jrd;
    }

    /** The instance actor (D10), as Mastodon describes its own: no subscribe template. */
    public static ObjectNode forInstanceActor(Account actor, LocalUris uris) {
        ObjectNode jrd = Json.object();
        jrd.put("subject", "acct:" + actor.username() + "@" + uris.domain());
        jrd.putArray("aliases").add(actor.uri());
        ArrayNode links = jrd.putArray("links");
        links.addObject().put("rel", "self").put("type", SELF_TYPE).put("href", actor.uri());
        links.addObject().put("rel", PROFILE_PAGE).put("type", "text/html").put("href", uris.home());
        return jrd;
    }
}
