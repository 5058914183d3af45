package org.bureaucrathackers.fellowship.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.bureaucrathackers.fellowship.fetch.BlockedHosts;
import org.bureaucrathackers.fellowship.signature.IncomingRequest;
import org.bureaucrathackers.fellowship.signature.SignatureVerifier;
import org.bureaucrathackers.fellowship.uri.Authorities;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;

/**
 * Moderation in the inbox (X17). A request whose keyId or actor is on a blocked domain is refused with 403 before
 * its signature is verified, so nothing is fetched for it. From a suspended actor only Delete, Undo, Reject and
 * Update are accepted; the worker asks again before it runs a handler, since a block or a suspension may come
 * after an activity was queued.
 */
public final class ModerationGate {

    public static final Set<String> ALLOWED_WHILE_SUSPENDED = Set.of("Delete", "Undo", "Reject", "Update");

    private final BlockedHosts blocked;
    private final Predicate<String> suspended;

    /** @param suspended whether the actor with this id is suspended here */
    public ModerationGate(BlockedHosts blocked, Predicate<String> suspended) {
        this.blocked = blocked;
        this.suspended = suspended;
    }

    /** Lets everything through: for tools and tests that run without moderation. */
    public static ModerationGate open() {
        return new ModerationGate(BlockedHosts.NONE, actor -> false);
    }

    /**
     * Refuses a request from a blocked domain, judged by what it claims (its keyId and its body's actor) before
     * anything is verified.
     *
     * @throws InboxRefusal 403 naming the blocked host
     */
    public void refuseBlockedSender(InboundRequest request, JsonNode document) {
        String keyId = SignatureVerifier.claimedKeyId(new IncomingRequest(request.method(), request.pathAndQuery(),
                request.headers(), request.body()));
        refuseBlocked(keyId);
        refuseBlocked(claimedActor(document));
    }

    /** Why the activity must not be handled (a blocked domain, a suspended actor), or empty. */
    public Optional<String> refusal(IncomingActivity activity, String signerActorId) {
        for (String url : new String[] {activity.actorId(), signerActorId}) {
            String authority = Authorities.of(url);
            if (authority != null && blocked.isBlocked(authority)) {
                return Optional.of(blockedReason(authority));
            }
        }
        if (!ALLOWED_WHILE_SUSPENDED.contains(activity.type()) && suspended.test(activity.actorId())) {
            return Optional.of("the actor is suspended on this instance, which accepts only Delete, Undo, Reject "
                    + "and Update from it");
        }
        return Optional.empty();
    }

    /** Whether the actor is suspended here (handlers ignore Updates of unknown posts from them). */
    public boolean isSuspended(String actorId) {
        return actorId != null && suspended.test(actorId);
    }

    private void refuseBlocked(String url) {
        String authority = Authorities.of(url);
        if (authority != null && blocked.isBlocked(authority)) {
            throw new InboxRefusal(403, "Activity refused: " + blockedReason(authority));
        }
    }

    private static String blockedReason(String authority) {
        return "the domain of " + authority + " is blocked on this instance";
    }

    private static String claimedActor(JsonNode document) {
        JsonNode actor = document.get("actor");
        if (actor != null && actor.isArray()) {
            actor = actor.isEmpty() ? null : actor.get(0);
        }
        if (actor != null && actor.isObject()) {
            actor = actor.get("id");
        }
        return actor != null && actor.isTextual() ? actor.textValue() : null;
    }
}
