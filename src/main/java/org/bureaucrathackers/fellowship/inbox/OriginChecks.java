package org.bureaucrathackers.fellowship.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.bureaucrathackers.fellowship.vocab.Hosts;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * Who may say what (federation rules X2, X4–X8, X11, FW2). Pure: it looks only at the activity, the
 * verified signer and our own origin, and never fetches anything.
 */
public final class OriginChecks {

    private static final Set<String> ACTOR_TYPES = Set.of("Person", "Service", "Application", "Group", "Organization");
    private static final Set<String> REFETCHABLE_WHEN_FORWARDED = Set.of("Create", "Update", "Announce");

    private final String localAuthority;

    /** @param localBase our scheme://host[:port] */
    public OriginChecks(String localBase) {
        this.localAuthority = Hosts.authority(localBase);
    }

    /**
     * @param signerActorId who vouches for the activity: the HTTP signer, or the actor when a valid object proof
     *                      by the actor covers it (FW2)
     */
    public OriginDecision check(IncomingActivity activity, String signerActorId) {
        String actorHost = Hosts.authority(activity.actorId());
        if (actorHost == null) {
            return OriginDecision.refuse(400, "actor is not an http(s) URL");
        }
        if (actorHost.equals(localAuthority)) {
            return OriginDecision.refuse(403, "a remote request claims a local actor");
        }
        if (!actorHost.equals(Hosts.authority(activity.id()))) {
            return OriginDecision.refuse(403, "activity id and actor are on different hosts");
        }
        boolean signerIsActor = activity.actorId().equals(signerActorId);
        if (!signerIsActor) {
            // Forwarded or forged: only an object we can fetch from its own origin may be believed (FW2).
            if (REFETCHABLE_WHEN_FORWARDED.contains(activity.type()) && activity.objectId() != null
                    && !isLocal(activity.objectId())) {
                return OriginDecision.accept(false);
            }
            return OriginDecision.refuse(401, "the signer does not own the actor, and no valid object proof by the"
                    + " actor covers the activity");
        }
        return switch (activity.type()) {
            case "Create", "Update" -> checkAuthoredObject(activity, actorHost);
            case "Delete" -> checkDelete(activity, actorHost);
            case "Undo" -> checkUndo(activity, actorHost);
            case "Move" -> activity.actorId().equals(activity.objectId())
                    ? OriginDecision.accept(true) : OriginDecision.refuse(403, "only an actor can move itself");
            case "Announce", "Like", "EmojiReact" -> OriginDecision.accept(embeddedFrom(activity, actorHost));
            default -> OriginDecision.accept(embeddedFrom(activity, actorHost));
        };
    }

    /** Create and Update: the object lives on the actor's host and is attributed to the actor (X5, X7). */
    private OriginDecision checkAuthoredObject(IncomingActivity activity, String actorHost) {
        if (isLocal(activity.objectId())) {
            return OriginDecision.refuse(403, "a remote actor cannot create or update a local object");
        }
        if (!actorHost.equals(Hosts.authority(activity.objectId()))) {
            return OriginDecision.refuse(403, "object and actor are on different hosts");
        }
        if (activity.hasEmbeddedObject()) {
            if (ACTOR_TYPES.contains(activity.objectType())) {
                return activity.objectId().equals(activity.actorId())
                        ? OriginDecision.accept(true)
                        : OriginDecision.refuse(403, "only an actor can update itself");
            }
            String author = attributedTo(activity.object());
            if (author != null && !author.equals(activity.actorId())) {
                return OriginDecision.refuse(403, "object is attributed to someone else");
            }
            return OriginDecision.accept(true);
        }
        return OriginDecision.accept(false);
    }

    /** Delete: only what lives on the actor's own host (X6); the store then checks ownership. */
    private OriginDecision checkDelete(IncomingActivity activity, String actorHost) {
        if (isLocal(activity.objectId())) {
            return OriginDecision.refuse(403, "a remote actor cannot delete a local object");
        }
        if (!actorHost.equals(Hosts.authority(activity.objectId()))) {
            return OriginDecision.refuse(403, "cannot delete an object on another host");
        }
        return OriginDecision.accept(true);
    }

    /** Undo: the undone activity was the actor's own. */
    private OriginDecision checkUndo(IncomingActivity activity, String actorHost) {
        if (!actorHost.equals(Hosts.authority(activity.objectId()))) {
            return OriginDecision.refuse(403, "cannot undo an activity from another host");
        }
        if (activity.hasEmbeddedObject()) {
            JsonNode innerActor = activity.object().get("actor");
            String inner = innerActor == null ? null
                    : innerActor.isTextual() ? innerActor.textValue() : innerActor.path("id").asText(null);
            if (inner != null && !inner.equals(activity.actorId())) {
                return OriginDecision.refuse(403, "cannot undo another actor's activity");
            }
        }
        return OriginDecision.accept(true);
    }

    /** An embedded object is trusted only when it comes from the actor's own host (X8). */
    private static boolean embeddedFrom(IncomingActivity activity, String actorHost) {
        return activity.hasEmbeddedObject() && actorHost.equals(Hosts.authority(activity.objectId()));
    }

    private boolean isLocal(String url) {
        return localAuthority != null && localAuthority.equals(Hosts.authority(url));
    }

    private static String attributedTo(JsonNode object) {
        JsonNode node = object.get("attributedTo");
        if (node != null && node.isArray()) {
            for (JsonNode item : node) {
                String id = item.isTextual() ? item.textValue() : item.path("id").asText(null);
                if (id != null) {
                    return id;
                }
            }
            return null;
        }
        if (node == null) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.path("id").asText(null);
    }
}
