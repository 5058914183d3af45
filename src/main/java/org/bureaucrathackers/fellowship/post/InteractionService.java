package org.bureaucrathackers.fellowship.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.outbox.OutboundActivities;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.uri.LocalUris;

/**
 * Likes and boosts, made here or received (L1–L4). Only public and unlisted posts can be boosted, and
 * nobody interacts with a post they cannot see (X18). Doing the same thing twice changes nothing. The author of
 * the post, when a local fellow, is notified in the same transaction; boosts reach timelines after the commit.
 */
public final class InteractionService {

    private final Transactions transactions;
    private final StatusStore statuses;
    private final MentionTagStore mentionTags;
    private final BoostStore boosts;
    private final FavouriteStore favourites;
    private final AccountStore accounts;
    private final StatusAccess access;
    private final OutboundActivities outbound;
    private final Notifications notifications;
    private final StatusEvents events;
    private final NoteDocuments documents;
    private final LocalUris uris;
    private final Ids ids;
    private final Clock clock;

    public InteractionService(Transactions transactions, StatusStore statuses, MentionTagStore mentionTags,
                              BoostStore boosts, FavouriteStore favourites,
                              AccountStore accounts, StatusAccess access, OutboundActivities outbound,
                              Notifications notifications, StatusEvents events, LocalUris uris, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.statuses = statuses;
        this.mentionTags = mentionTags;
        this.boosts = boosts;
        this.favourites = favourites;
        this.accounts = accounts;
        this.access = access;
        this.outbound = outbound;
        this.notifications = notifications;
        this.events = events;
        this.documents = new NoteDocuments(uris);
        this.uris = uris;
        this.ids = ids;
        this.clock = clock;
    }

    /** A local fellow likes a status (a boost counts as its original): Like to the author (L1). */
    public Favourite like(Account liker, Status status) {
        requireLocal(liker);
        Status target = original(status);
        if (!access.canSee(liker, target)) {
            throw new InvalidPostException("there is no post " + target.uri() + " to like");
        }
        return transactions.inTransaction(() -> {
            Optional<Favourite> existing = favourites.find(liker.id(), target.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            long id = ids.next();
            Favourite favourite = new Favourite(id, liker.id(), target.id(), uris.likeActivity(liker.uri(), id), now());
            favourites.insert(favourite);
            Account author = author(target);
            outbound.publish(liker, InteractionDocuments.like(favourite, liker, target), List.of(author), false);
            notifications.favourited(author, liker, target.id(), favourite.id());
            return favourite;
        });
    }

    /** Takes a like back: Undo with the Like embedded (L2). Returns whether there was one. */
    public boolean unlike(Account liker, Status status) {
        requireLocal(liker);
        Status target = original(status);
        return transactions.inTransaction(() -> {
            Optional<Favourite> existing = favourites.find(liker.id(), target.id());
            if (existing.isEmpty()) {
                return false;
            }
            Favourite favourite = existing.get();
            favourites.delete(favourite.id());
            outbound.publish(liker, InteractionDocuments.undoLike(uris.undo(favourite.uri()), favourite, liker, target),
                    List.of(author(target)), false);
            return true;
        });
    }

    /**
     * A local fellow boosts a public or unlisted status: a boost status here and an Announce to the booster's
     * followers and the original's author (L3).
     */
    public Status boost(Account booster, Status status) {
        return boost(booster, status, Status.Visibility.PUBLIC);
    }

    /**
     * A boost shown publicly or, with {@code UNLISTED}, only to the booster's followers and profile visitors
     * (the Announce goes to followers with the public in cc). A repeated boost returns the first one as it is.
     */
    public Status boost(Account booster, Status status, Status.Visibility visibility) {
        if (!visibility.isOpen()) {
            throw new InvalidPostException("a boost is public or unlisted");
        }
        requireLocal(booster);
        Status target = original(status);
        if (!target.visibility().isOpen()) {
            throw new InvalidPostException("only public and unlisted posts can be boosted");
        }
        if (!access.canSee(booster, target)) {
            throw new InvalidPostException("there is no post " + target.uri() + " to boost");
        }
        return transactions.inTransaction(() -> {
            Optional<Status> existing = boosts.findBoost(booster.id(), target.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            long id = ids.next();
            Status boost = new Status(id, booster.id(), uris.statusActivity(uris.status(booster.username(), id)), null,
                    visibility, "", null, null, now(), null, false, null, null, null, null, target.id(),
                    null);
            statuses.insert(boost);
            Account originalAuthor = author(target);
            ObjectNode announce = documents.announce(boost, booster, target, originalAuthor);
            outbound.publish(booster, NoteDocuments.withContext(announce), List.of(originalAuthor), true);
            notifications.reblogged(originalAuthor, booster, target.id(), boost.id());
            transactions.afterCommit(() -> events.published(boost));
            return boost;
        });
    }

    /** Takes a boost back: Undo with the Announce embedded (L4). Returns whether there was one. */
    public boolean unboost(Account booster, Status status) {
        requireLocal(booster);
        Status target = original(status);
        return transactions.inTransaction(() -> {
            Optional<Status> existing = boosts.findBoost(booster.id(), target.id());
            if (existing.isEmpty()) {
                return false;
            }
            Status boost = existing.get();
            Account originalAuthor = author(target);
            ObjectNode announce = documents.announce(boost, booster, target, originalAuthor);
            DeletedStatus gone = DeletedStatus.capture(boost, mentionTags, boosts);
            statuses.delete(boost.id());
            transactions.afterCommit(() -> events.deleted(gone));
            outbound.publish(booster, InteractionDocuments.undoAnnounce(uris.announceUndo(booster.uri(), boost.id()),
                    booster, announce), List.of(originalAuthor), true);
            return true;
        });
    }

    /**
     * A remote actor likes a status of ours. Likes of other servers' posts are ignored (false), as Mastodon
     * does; so is a repeated Like.
     *
     * @throws RefusedActivityException when the actor cannot see the status (X18)
     */
    public boolean receiveLike(Account liker, Status status, String likeUri) {
        Status target = original(status);
        if (!author(target).isLocal()) {
            return false;
        }
        if (!access.canSee(liker, target)) {
            throw new RefusedActivityException("Like of a post its actor cannot see");
        }
        if (likeUri != null && uris.isLocal(likeUri)) {
            throw new RefusedActivityException("Like claims a local id");
        }
        return transactions.inTransaction(() -> {
            if (favourites.find(liker.id(), target.id()).isPresent()
                    || likeUri != null && favourites.findByUri(likeUri).isPresent()) {
                return false;
            }
            long id = ids.next();
            String uri = likeUri != null ? likeUri : liker.uri() + "#likes/" + target.id();
            favourites.insert(new Favourite(id, liker.id(), target.id(), uri, now()));
            notifications.favourited(author(target), liker, target.id(), id);
            return true;
        });
    }

    /**
     * Undo of a Like: found by the Like's id, or else by who liked what ({@code status} may be null when the
     * Undo named only the id). Returns whether a like was removed.
     */
    public boolean receiveUndoLike(Account liker, String likeUri, Status status) {
        return transactions.inTransaction(() -> {
            Optional<Favourite> found = likeUri == null ? Optional.empty()
                    : favourites.findByUri(likeUri).filter(f -> f.accountId() == liker.id());
            if (found.isEmpty() && status != null) {
                found = favourites.find(liker.id(), original(status).id());
            }
            found.ifPresent(f -> favourites.delete(f.id()));
            return found.isPresent();
        });
    }

    /**
     * A remote actor boosts a status (the inbox fetched it from its origin first, X8). A repeated Announce
     * returns the boost already stored.
     *
     * @param visibility what the Announce's addressing means ({@link Addressing#visibilityOf})
     * @throws RefusedActivityException for a followers-only or direct original, or one the actor cannot see
     */
    public Status receiveAnnounce(Account booster, Status status, String announceUri, Instant published,
                                  Status.Visibility visibility) {
        Status target = original(status);
        if (!target.visibility().isOpen()) {
            throw new RefusedActivityException("Announce of a post that is not public or unlisted");
        }
        if (!access.canSee(booster, target)) {
            throw new RefusedActivityException("Announce of a post its actor cannot see");
        }
        if (uris.isLocal(announceUri)) {
            throw new RefusedActivityException("Announce claims a local id");
        }
        return transactions.inTransaction(() -> {
            Optional<Status> byUri = statuses.findByUri(announceUri);
            if (byUri.isPresent()) {
                if (byUri.get().accountId() != booster.id() || !Long.valueOf(target.id()).equals(byUri.get().reblogOfId())) {
                    throw new RefusedActivityException("Announce id already names something else");
                }
                return byUri.get();
            }
            Optional<Status> existing = boosts.findBoost(booster.id(), target.id());
            if (existing.isPresent()) {
                return existing.get();
            }
            Status.Visibility boostVisibility = visibility == Status.Visibility.UNLISTED
                    ? Status.Visibility.UNLISTED : Status.Visibility.PUBLIC;
            Instant at = published != null ? published.truncatedTo(ChronoUnit.MILLIS) : now();
            Status boost = new Status(ids.next(), booster.id(), announceUri, null, boostVisibility, "", null, null, at,
                    null, false, null, null, null, null, target.id(), null);
            statuses.insert(boost);
            notifications.reblogged(author(target), booster, target.id(), boost.id());
            transactions.afterCommit(() -> events.published(boost));
            return boost;
        });
    }

    /** Undo of an Announce, matched by its id and its actor (L4). Returns whether a boost was removed. */
    public boolean receiveUndoAnnounce(Account booster, String announceUri) {
        return transactions.inTransaction(() -> {
            Optional<Status> boost = statuses.findByUri(announceUri)
                    .filter(s -> s.isBoost() && s.accountId() == booster.id());
            boost.ifPresent(s -> {
                DeletedStatus gone = DeletedStatus.capture(s, mentionTags, boosts);
                statuses.delete(s.id());
                transactions.afterCommit(() -> events.deleted(gone));
            });
            return boost.isPresent();
        });
    }

    /**
     * A group takes back its announce of a post (a moderator removed the post from the community, as Lemmy
     * relays it): the group's boost goes, the post stays its author's. Returns whether there was one.
     */
    public boolean receiveGroupRemoval(Account group, Status status) {
        return transactions.inTransaction(() -> {
            Optional<Status> boost = boosts.findBoost(group.id(), original(status).id());
            boost.ifPresent(s -> {
                DeletedStatus gone = DeletedStatus.capture(s, mentionTags, boosts);
                statuses.delete(s.id());
                transactions.afterCommit(() -> events.deleted(gone));
            });
            return boost.isPresent();
        });
    }

    private Status original(Status status) {
        if (!status.isBoost()) {
            return status;
        }
        return statuses.findById(status.reblogOfId())
                .orElseThrow(() -> new InvalidPostException("the boosted post is gone"));
    }

    private Account author(Status status) {
        return accounts.findById(status.accountId())
                .orElseThrow(() -> new IllegalStateException("status " + status.id() + " has no author"));
    }

    private static void requireLocal(Account account) {
        if (!account.isLocal() || account.isDeleted()) {
            throw new InvalidPostException("only a fellow of this instance can do that here");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
