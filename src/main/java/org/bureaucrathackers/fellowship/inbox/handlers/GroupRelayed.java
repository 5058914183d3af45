package org.bureaucrathackers.fellowship.inbox.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * An author's Update or Delete of a post that a group relays in an Announce (FEP-1b12, as Lemmy does). The group
 * cannot speak for the author and its copy is never believed: the post is read from its own origin, the inner
 * activity's actor must be the post's author, and a Delete holds only when the origin says the post is gone.
 * A Delete by someone else is a moderator removing the post from the group (Lemmy's removal): the group takes
 * back its own announce, which it may always do, and the post stays its author's.
 */
final class GroupRelayed {

    private static final int MAX_ID = 2048;

    private final Lookups lookups;
    private final Relevance relevance;
    private final RemoteNotes notes;
    private final InteractionService interactions;

    GroupRelayed(Lookups lookups, Relevance relevance, RemoteNotes notes, InteractionService interactions) {
        this.lookups = lookups;
        this.relevance = relevance;
        this.notes = notes;
        this.interactions = interactions;
    }

    /**
     * The post a relayed Create or Update names, as its origin serves it now: an unknown post is stored, and an
     * Update by the post's author applies the edit to the stored one (when newer, N4); an Update by anyone else
     * is refused.
     */
    Status updated(JsonNode inner, String postId, DiscoveryBudget budget) {
        RemoteNote note = lookups.readNote(lookups.fetch(postId, budget));
        if (!note.id().equals(postId)) {
            throw new RefusedActivityException("the announced post's id is not the one its activity names");
        }
        Account author = lookups.author(note.attributedTo(), budget);
        if (!"Update".equals(inner.path("type").asText())) {
            return notes.create(author, note);
        }
        if (!author.uri().equals(id(inner.path("actor")))) {
            throw new RefusedActivityException("a relayed Update of " + postId + " is not by its author");
        }
        return lookups.status(postId).isPresent() ? notes.update(author, note) : notes.create(author, note);
    }

    /**
     * A relayed Delete: the stored post goes when a fellow follows the group, the Delete is by the post's author
     * and the post's origin answers that it is gone; by anyone else, only the group's announce of it goes. A post
     * not stored here, or a local one, is left alone.
     */
    void deleted(String groupId, JsonNode inner, DiscoveryBudget budget) {
        String postId = id(inner.path("object"));
        if (postId == null || postId.length() > MAX_ID) {
            throw new RefusedActivityException("the announced Delete names no object");
        }
        Optional<Status> stored = lookups.isLocal(postId) ? Optional.empty() : lookups.status(postId);
        if (stored.isEmpty()) {
            return;
        }
        Account group = lookups.actor(groupId, budget);
        if (!relevance.announceConcernsLocal(group, postId)) {
            return;
        }
        Account author = lookups.account(stored.get().accountId())
                .orElseThrow(() -> new RefusedActivityException("the author of " + postId + " is unknown"));
        if (!author.uri().equals(id(inner.path("actor")))) {
            interactions.receiveGroupRemoval(group, stored.get());
            return;
        }
        if (!lookups.goneAtOrigin(postId, budget)) {
            throw new RefusedActivityException("a relayed Delete of " + postId + ", which its origin still serves");
        }
        notes.delete(author, postId);
    }

    /** An id given as a string or as an object's {@code id}; null when there is none. */
    private static String id(JsonNode value) {
        String id = value.isTextual() ? value.asText() : value.path("id").asText(null);
        return id == null || id.isBlank() ? null : id;
    }
}
