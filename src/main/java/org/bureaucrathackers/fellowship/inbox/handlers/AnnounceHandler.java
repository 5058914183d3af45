package org.bureaucrathackers.fellowship.inbox.handlers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.inbox.ActivityHandler;
import org.bureaucrathackers.fellowship.inbox.DiscoveryBudget;
import org.bureaucrathackers.fellowship.inbox.ReceivedActivity;
import org.bureaucrathackers.fellowship.post.Addressing;
import org.bureaucrathackers.fellowship.post.InteractionService;
import org.bureaucrathackers.fellowship.post.RefusedActivityException;
import org.bureaucrathackers.fellowship.post.RemoteNotes;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.vocab.IncomingActivity;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * Announce (L3): the boosted post is a local one, or is fetched from its own origin whatever was embedded (X8),
 * and stored under its author, unless that author is suspended here (X17). Only public and unlisted posts can be boosted (X18), and only boosts that
 * concern someone here are kept: of a local post, or by an actor a fellow follows.
 */
public final class AnnounceHandler implements ActivityHandler {

    private final Lookups lookups;
    private final Relevance relevance;
    private final RemoteNotes notes;
    private final InteractionService interactions;

    public AnnounceHandler(Lookups lookups, Relevance relevance, RemoteNotes notes, InteractionService interactions) {
        this.lookups = lookups;
        this.relevance = relevance;
        this.notes = notes;
        this.interactions = interactions;
    }

    @Override
    public void handle(ReceivedActivity received) {
        IncomingActivity activity = received.activity();
        Account booster = lookups.actor(activity.actorId(), received.budget());
        if (!relevance.announceConcernsLocal(booster, activity.objectId())) {
            return;
        }
        Status original = lookups.isLocal(activity.objectId())
                ? lookups.status(activity.objectId()).orElseThrow(() ->
                        new RefusedActivityException("Announce of a local post that does not exist"))
                : fetchOriginal(activity.objectId(), received.budget());
        interactions.receiveAnnounce(booster, original, activity.id(), published(activity),
                Addressing.visibilityOf(activity.to(), activity.cc(), booster.followersUrl()));
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
