package org.bureaucrathackers.fellowship.mastodon.entities;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bureaucrathackers.fellowship.follow.Relationship;
import org.bureaucrathackers.fellowship.json.Json;

/** The Mastodon Relationship entity, every documented key present. */
public final class RelationshipEntities {

    private RelationshipEntities() {
    }

    public static ObjectNode relationship(Relationship r) {
        ObjectNode json = Json.object();
        json.put("id", ApiIds.format(r.targetId()));
        json.put("following", r.following());
        json.put("showing_reblogs", r.showingReblogs());
        json.put("notifying", r.notifying());
        if (r.languages() == null) {
            json.putNull("languages");
        } else {
            ArrayNode languages = json.putArray("languages");
            r.languages().forEach(languages::add);
        }
        json.put("followed_by", r.followedBy());
        json.put("blocking", r.blocking());
        json.put("blocked_by", r.blockedBy());
        json.put("muting", r.muting());
        json.put("muting_notifications", r.mutingNotifications());
        json.put("requested", r.requested());
        json.put("requested_by", r.requestedBy());
        // Domain blocks and endorsements do not exist here yet; notes on accounts neither.
        json.put("domain_blocking", false);
        json.put("endorsed", false);
        json.put("note", "");
        return json;
    }
}
