package org.bureaucrathackers.fellowship.follow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.json.Json;

/** Follow, Accept, Reject, Undo and Block documents (F1–F5, P4), each with its {@code @context}. */
public final class FollowDocuments {

    private static final String ACTIVITY_STREAMS = "https://www.w3.org/ns/activitystreams";

    private FollowDocuments() {
    }

    /** F1: {@code Follow {id, actor, object}}; its id is what the Accept or Reject will name. */
    public static ObjectNode follow(String followUri, Account follower, Account target) {
        ObjectNode follow = Json.object();
        follow.put("@context", ACTIVITY_STREAMS);
        follow.put("id", followUri);
        follow.put("type", "Follow");
        follow.put("actor", follower.uri());
        follow.put("object", target.uri());
        return follow;
    }

    /** F2: Accept with the Follow embedded, Mastodon's own shape, which every peer reads. */
    public static ObjectNode accept(String acceptId, String followUri, Account follower, Account target) {
        return answer("Accept", acceptId, followUri, follower, target);
    }

    /** Reject with the Follow embedded; of an accepted follow it means "removed as follower" (F4). */
    public static ObjectNode reject(String rejectId, String followUri, Account follower, Account target) {
        return answer("Reject", rejectId, followUri, follower, target);
    }

    /** F5: Undo with the Follow embedded as {@code {id, type, actor, object}}. */
    public static ObjectNode undoFollow(String undoId, String followUri, Account follower, Account target) {
        return undo(undoId, follower, embedded(follow(followUri, follower, target)), target);
    }

    /** P4: {@code Block {id, actor, object}}, sent to the blocked actor only. */
    public static ObjectNode block(String blockUri, Account blocker, Account target) {
        ObjectNode block = Json.object();
        block.put("@context", ACTIVITY_STREAMS);
        block.put("id", blockUri);
        block.put("type", "Block");
        block.put("actor", blocker.uri());
        block.put("object", target.uri());
        block.putArray("to").add(target.uri());
        return block;
    }

    /** P4: Undo with the Block embedded. */
    public static ObjectNode undoBlock(String undoId, String blockUri, Account blocker, Account target) {
        return undo(undoId, blocker, embedded(block(blockUri, blocker, target)), target);
    }

    private static ObjectNode answer(String type, String id, String followUri, Account follower, Account target) {
        ObjectNode answer = Json.object();
        answer.put("@context", ACTIVITY_STREAMS);
        answer.put("id", id);
        answer.put("type", type);
        answer.put("actor", target.uri());
        answer.putArray("to").add(follower.uri());
        answer.set("object", embedded(follow(followUri, follower, target)));
        return answer;
    }

    private static ObjectNode undo(String id, Account actor, ObjectNode object, Account addressee) {
        ObjectNode undo = Json.object();
        undo.put("@context", ACTIVITY_STREAMS);
        undo.put("id", id);
        undo.put("type", "Undo");
        undo.put("actor", actor.uri());
        undo.putArray("to").add(addressee.uri());
        undo.set("object", object);
        return undo;
    }

    private static ObjectNode embedded(ObjectNode activity) {
        activity.remove("@context");
        return activity;
    }
}
