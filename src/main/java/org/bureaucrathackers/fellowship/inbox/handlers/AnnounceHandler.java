package org.bureaucrathackers.fellowship.inbox.handlers;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.Addressing;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.vocab.ActivityReader;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;
import org.bureaucrathackers.fellowship.vocab.NoteReader;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * Announce (L3): the boosted post is a local one, or is fetched from its own origin whatever was embedded (X8),
 * and stored under its author, unless that author is suspended here (X17). Only public and unlisted posts can be boosted (X18), and only boosts that
 * concern someone here are kept: of a local post, or by an actor a fellow follows. A group's Announce of a Create
 * or Update (Lemmy's, FEP-1b12) shows the post that activity carries, fetched from its origin like any other; an
 * Update by the post's author also applies the edit, a Delete by its author removes the post once its origin
 * confirms it is gone, and a Delete by anyone else (a moderator's removal) takes back the group's announce only
 * ({@link GroupRelayed}).
 */
public final class AnnounceHandler implements ActivityHandler {

    /** Activities a group announces whose object is the post to show. */
    private static final Set<String> WRAPPING = Set.of("Create", "Update");
    /** What else Lemmy announces to its followers: votes and locks, which show nothing here. */
    private static final Set<String> OTHER_ACTIVITIES = Set.of("Dislike", "Lock", "Vote");
    private static final int MAX_ID = 2048;

    private final Lookups lookups;
    private final Relevance relevance;
    private final RemoteNotes notes;
    private final InteractionService interactions;
    private final GroupRelayed relayed;

    public AnnounceHandler(Lookups lookups, Relevance relevance, RemoteNotes notes, InteractionService interactions) {
        this.lookups = lookups;
        this.relevance = relevance;
        this.notes = notes;
        this.interactions = interactions;
        this.relayed = new GroupRelayed(lookups, relevance, notes, interactions);
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        if (activity.hasEmbeddedObject() && "Delete".equals(activity.objectType())) {
            relayed.deleted(activity.actorId(), activity.object(), received.budget());
            return;
        }
        String postId = announcedPost(activity);
        if (postId == null) {
            return;
        }
        Account booster = lookups.actor(activity.actorId(), received.budget());
        if (!relevance.announceConcernsLocal(booster, postId)) {
            return;
        }
        Status original;
        if (lookups.isLocal(postId)) {
            original = lookups.status(postId).orElseThrow(() ->
                    new RefusedActivityException("Announce of a local post that does not exist"));
        } else if (wrapsActivity(activity)) {
            original = relayed.updated(activity.object(), postId, received.budget());
        } else {
            original = fetchOriginal(postId, received.budget());
        }
        interactions.receiveAnnounce(booster, original, activity.id(), published(activity),
                Addressing.visibilityOf(activity.to(), activity.cc(), booster.followersUrl()));
    }

    /**
     * The id of the post announced: the object, or, when a group (FEP-1b12, Lemmy) announces a Create or Update,
     * that activity's object. Null for announced activities that show no post (votes, deletes, moderation).
     */
    private static String announcedPost(IncomingActivity activity) {
        String type = activity.objectType();
        if (!activity.hasEmbeddedObject() || type == null || NoteReader.POST_TYPES.contains(type)) {
            return activity.objectId();
        }
        if (!WRAPPING.contains(type)) {
            return ActivityReader.SUPPORTED.contains(type) || OTHER_ACTIVITIES.contains(type) ? null : activity.objectId();
        }
        JsonNode inner = activity.object().path("object");
        String id = inner.isTextual() ? inner.asText() : inner.path("id").asText(null);
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new RefusedActivityException("the announced " + type + " names no object");
        }
        return id;
    }

    /** Whether the Announce carries a Create or Update (a group relaying its member's activity). */
    private static boolean wrapsActivity(IncomingActivity activity) {
        return activity.hasEmbeddedObject() && WRAPPING.contains(activity.objectType());
    }

    /** The boosted post from its origin, and its author, within the activity's budget (X19). */
    private Status fetchOriginal(String objectId, DiscoveryBudget budget) {
        RemoteNote note = lookups.readNote(lookups.fetch(objectId, budget));
        if (!note.id().equals(objectId)) {
            throw new RefusedActivityException("the boosted post's id is not the one announced");
        }
        return notes.create(lookups.author(note.attributedTo(), budget), note);
    }

    private static Instant published(IncomingActivity activity) {
        String text = activity.document().path("published").asText(null);
        try {
            return text == null ? null : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
