package org.bureaucrathackers.fellowship.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;

/** Like, Undo(Like) and Undo(Announce) documents (L1, L2, L4), each with its {@code @context}. */
public final class InteractionDocuments {

    private static final String ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams";

    private InteractionDocuments() {
    }

    /** L1: {@code Like {id, actor, object: status IRI}}. */
    public static ObjectNode like(Favourite favourite, Account liker, Status status) {
        ObjectNode like = Json.object();
        like.put("@context", ACTIVITY_STREAMS);
        like.put("id", favourite.uri());
        like.put("type", "Like");
        like.put("actor", liker.uri());
        like.put("object", status.uri());
        return like;
    }

    /** L2: the Undo embeds the whole Like, object included (Mastodon cannot resolve a bare Like id). */
    public static ObjectNode undoLike(String undoId, Favourite favourite, Account liker, Status status) {
        ObjectNode embedded = like(favourite, liker, status);
        embedded.remove("@context");
        return undo(undoId, liker, embedded);
    }

    /** L4: the Undo embeds the Announce. */
    public static ObjectNode undoAnnounce(String undoId, Account booster, ObjectNode announce) {
        ObjectNode undo = undo(undoId, booster, announce);
        undo.set("to", announce.get("to"));
        undo.set("cc", announce.get("cc"));
        return undo;
    }

    private static ObjectNode undo(String id, Account actor, ObjectNode object) {
        ObjectNode undo = Json.object();
        undo.put("@context", ACTIVITY_STREAMS);
        undo.put("id", id);
        undo.put("type", "Undo");
        undo.put("actor", actor.uri());
        undo.set("object", object);
        return undo;
    }
}
