package org.bureaucrathackers.fellowship.inbox.handlers;

import java.util.LinkedHashSet;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.follow.FollowService;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * Whether a remote post concerns this instance (N2, Mastodon's {@code related_to_local_activity?}): a fellow
 * follows its author, it addresses or mentions a fellow, or it replies to a local post. Others are dropped,
 * so strangers cannot fill the database with unsolicited posts.
 */
public final class Relevance {

    private static final int MAX_CHECKED = 100;

    private final Lookups lookups;
    private final FollowService follows;

    public Relevance(Lookups lookups, FollowService follows) {
        this.lookups = lookups;
        this.follows = follows;
    }

    public boolean concernsLocal(Account author, RemoteNote note) {
        if (follows.hasLocalFollowers(author)) {
            return true;
        }
        if (lookups.isLocal(note.inReplyTo()) && lookups.status(note.inReplyTo()).isPresent()) {
            return true;
        }
        Set<String> addressed = new LinkedHashSet<>(note.allAddresses());
        note.mentions().forEach(m -> addressed.add(m.href()));
        return addressed.stream().limit(MAX_CHECKED).anyMatch(uri -> lookups.localAccount(uri).isPresent());
    }

    /** An Announce concerns us when a fellow follows the booster, or it boosts a local post. */
    public boolean announceConcernsLocal(Account booster, String objectId) {
        return lookups.isLocal(objectId) || follows.hasLocalFollowers(booster);
    }
}
