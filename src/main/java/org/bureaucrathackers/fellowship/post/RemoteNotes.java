package org.bureaucrathackers.fellowship.post;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.notification.Notifications;
import org.bureaucrathackers.fellowship.transaction.Transactions;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.vocab.RemoteNote;

/**
 * Stores remote posts read by {@link org.bureaucrathackers.fellowship.vocab.NoteReader}: HTML sanitised
 * (T4, T5), visibility from addressing (V3), upserted by id without ever changing an existing post's
 * author (X5), edits applied only when newer (N4), deletions remembered so a late Create cannot revive
 * a post (N6). The inbox checks signatures and origins first; these checks hold even without it. Fellows the
 * post mentions, and on an edit those who boosted or liked it, are notified in the same transaction; timelines
 * hear of it after the commit.
 */
public final class RemoteNotes {

    /** N6: an Update of a post never seen creates it, unless the post is older than this (Mastodon's rule). */
    public static final Duration UPDATE_AS_CREATE_MAX_AGE = Duration.ofDays(1);
    private static final int MAX_ADDRESSED = 200;
    /** Interactors told about an edit. */
    private static final int MAX_INTERACTORS = 1_000;

    private final Transactions transactions;
    private final StatusStore statuses;
    private final MentionTagStore mentionTags;
    private final BoostStore boosts;
    private final TombstoneStore tombstones;
    private final FavouriteStore favourites;
    private final AccountStore accounts;
    private final Notifications notifications;
    private final StatusEvents events;
    private final LocalUris uris;
    private final Ids ids;
    private final Clock clock;
    private final NoteExtension extension;

    public RemoteNotes(Transactions transactions, StatusStore statuses, MentionTagStore mentionTags,
                       BoostStore boosts, TombstoneStore tombstones,
                       FavouriteStore favourites, AccountStore accounts, Notifications notifications,
                       StatusEvents events, LocalUris uris, Ids ids, Clock clock) {
        this(transactions, statuses, mentionTags, boosts, tombstones, favourites, accounts, notifications, events, uris,
                ids, clock, NoteExtension.NONE);
    }

    /** @param extension keeps what features built on posts read from remote ones (practice records) */
    public RemoteNotes(Transactions transactions, StatusStore statuses, MentionTagStore mentionTags,
                       BoostStore boosts, TombstoneStore tombstones,
                       FavouriteStore favourites, AccountStore accounts, Notifications notifications,
                       StatusEvents events, LocalUris uris, Ids ids, Clock clock, NoteExtension extension) {
        this.extension = extension;
        this.transactions = transactions;
        this.statuses = statuses;
        this.mentionTags = mentionTags;
        this.boosts = boosts;
        this.tombstones = tombstones;
        this.favourites = favourites;
        this.accounts = accounts;
        this.notifications = notifications;
        this.events = events;
        this.uris = uris;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A Create: stores the post, or returns it unchanged when it is already stored (a repeated Create; edits
     * come by {@link #update}).
     *
     * @throws RefusedActivityException when the post claims a local id, another author or origin, or was deleted
     */
    public Status create(Account author, RemoteNote note) {
        checkOrigin(author, note);
        return transactions.inTransaction(() -> {
            Optional<Status> existing = statuses.findByUri(note.id());
            if (existing.isPresent()) {
                requireSameAuthor(existing.get(), author);
                return existing.get();
            }
            return insert(author, note);
        });
    }

    /**
     * An Update: applies the new version when its {@code updated} is later than what is stored (N4), and
     * otherwise returns the stored post unchanged. An Update of an unknown post creates it if the post is
     * recent (N6).
     */
    public Status update(Account author, RemoteNote note) {
        checkOrigin(author, note);
        return transactions.inTransaction(() -> {
            Optional<Status> existing = statuses.findByUri(note.id());
            if (existing.isEmpty()) {
                Instant published = note.published();
                if (published == null || published.isBefore(clock.instant().minus(UPDATE_AS_CREATE_MAX_AGE))) {
                    throw new RefusedActivityException("Update of an unknown post older than a day");
                }
                return insert(author, note);
            }
            Status stored = existing.get();
            requireSameAuthor(stored, author);
            Instant previous = stored.editedAt() != null ? stored.editedAt() : stored.createdAt();
            if (note.updated() == null || !note.updated().isAfter(previous)) {
                return stored;
            }
            RemoteNoteContent.Content content = RemoteNoteContent.content(note);
            Status edited = stored.edited(content.html(), null, content.spoiler(), content.sensitive(),
                    note.language(), note.updated().truncatedTo(ChronoUnit.MILLIS));
            statuses.update(edited);
            mentionTags.replaceMentions(stored.id(), addressedAccounts(note, author));
            mentionTags.replaceTags(stored.id(), RemoteNoteContent.hashtags(note));
            statuses.replaceAttachments(stored.id(), RemoteNoteContent.attachments(note));
            notifications.mentioned(author, stored.id(), mentionedFellows(note));
            notifications.edited(author, stored.id(), interactors(stored.id()));
            extension.remoteStored(edited, author, note);
            transactions.afterCommit(() -> events.edited(edited));
            return edited;
        });
    }

    /**
     * A Delete of {@code objectUri} by {@code actor}: removes the post if it is theirs, and remembers the id
     * either way, so a Create that arrives later is refused (N6). Returns whether a post was removed.
     *
     * @throws RefusedActivityException when the post belongs to someone else, or the id is local or on
     *                                  another server than the actor (X6, X11)
     */
    public boolean delete(Account actor, String objectUri) {
        if (uris.isLocal(objectUri)) {
            throw new RefusedActivityException("Delete of a local object from another server");
        }
        return transactions.inTransaction(() -> {
            Optional<Status> existing = statuses.findByUri(objectUri);
            if (existing.isPresent() && existing.get().accountId() != actor.id()) {
                throw new RefusedActivityException("Delete of a post by someone else");
            }
            if (existing.isEmpty() && !RemoteNoteContent.sameOrigin(objectUri, actor.uri())) {
                throw new RefusedActivityException("Delete of an object on another server");
            }
            existing.ifPresent(s -> {
                DeletedStatus gone = DeletedStatus.capture(s, mentionTags, boosts);
                statuses.delete(s.id());
                transactions.afterCommit(() -> events.deleted(gone));
            });
            tombstones.remember(objectUri, actor.uri(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            return existing.isPresent();
        });
    }

    private Status insert(Account author, RemoteNote note) {
        if (tombstones.deletedAt(note.id()).isPresent()) {
            throw new RefusedActivityException("the post was deleted before it arrived");
        }
        RemoteNoteContent.Content content = RemoteNoteContent.content(note);
        Optional<Status> parent = note.inReplyTo() == null ? Optional.empty() : statuses.findByUri(note.inReplyTo());
        String conversation = parent.map(Status::conversationUri).orElse(note.conversation());
        Instant created = note.published() != null ? note.published().truncatedTo(ChronoUnit.MILLIS)
                : clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Instant edited = note.updated() != null && note.updated().isAfter(created)
                ? note.updated().truncatedTo(ChronoUnit.MILLIS) : null;
        long id = ids.next();
        Status status = new Status(id, author.id(), note.id(), RemoteNoteContent.permalink(note, author),
                Addressing.visibilityOf(note.to(), note.cc(), author.followersUrl()), content.html(), note.language(),
                note.inReplyTo(), created, content.spoiler(), content.sensitive(), null,
                parent.map(Status::id).orElse(null), parent.map(Status::accountId).orElse(null), conversation, null,
                edited);
        statuses.insert(status);
        mentionTags.replaceMentions(id, addressedAccounts(note, author));
        mentionTags.replaceTags(id, RemoteNoteContent.hashtags(note));
        statuses.replaceAttachments(id, RemoteNoteContent.attachments(note));
        extension.remoteStored(status, author, note);
        notifications.mentioned(author, id, mentionedFellows(note));
        if (status.visibility() != Status.Visibility.DIRECT && !status.isReplyToOthers()) {
            notifications.posted(author, id);
        }
        transactions.afterCommit(() -> events.published(status));
        return status;
    }

    /**
     * Local fellows the post names in a Mention tag: who is notified. Accounts only addressed (to, cc) may see the
     * post but are not told, as in Mastodon.
     */
    private List<Account> mentionedFellows(RemoteNote note) {
        List<Account> result = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (RemoteNote.Mention mention : note.mentions()) {
            if (result.size() == MAX_ADDRESSED) {
                break;
            }
            if (mention.href() != null && uris.isLocal(mention.href()) && seen.add(mention.href())) {
                accounts.findByUri(mention.href()).filter(Account::isLocal).ifPresent(result::add);
            }
        }
        return result;
    }

    /** The local fellows who liked or boosted a status: who hears of its edits. */
    private List<Account> interactors(long statusId) {
        List<Long> ids = new ArrayList<>(favourites.likerIds(statusId, MAX_INTERACTORS));
        ids.addAll(boosts.boosterIds(statusId, MAX_INTERACTORS));
        return ids.stream().distinct().map(accounts::findById).flatMap(Optional::stream)
                .filter(Account::isLocal).toList();
    }

    /** Accounts we know that the post mentions or addresses: they may see it whatever its visibility. */
    private List<Long> addressedAccounts(RemoteNote note, Account author) {
        Set<String> iris = new LinkedHashSet<>();
        note.mentions().forEach(m -> iris.add(m.href()));
        iris.addAll(note.allAddresses());
        List<Long> result = new ArrayList<>();
        for (String iri : iris) {
            if (result.size() == MAX_ADDRESSED) {
                break;
            }
            if (Addressing.isPublic(iri) || iri.equals(author.followersUrl()) || iri.equals(author.uri())) {
                continue;
            }
            accounts.findByUri(iri).filter(a -> !result.contains(a.id())).ifPresent(a -> result.add(a.id()));
        }
        return result;
    }

    /** X5, X11: a remote post is by its actor, from the actor's server, and never claims one of our ids. */
    private void checkOrigin(Account author, RemoteNote note) {
        if (author.isLocal() || uris.isLocal(note.id())) {
            throw new RefusedActivityException("a remote post claims a local id or author");
        }
        if (!author.uri().equals(note.attributedTo())) {
            throw new RefusedActivityException("the post is attributed to someone other than its actor");
        }
        if (!RemoteNoteContent.sameOrigin(note.id(), author.uri())) {
            throw new RefusedActivityException("the post's id is on another server than its author");
        }
    }

    private static void requireSameAuthor(Status stored, Account author) {
        if (stored.accountId() != author.id()) {
            throw new RefusedActivityException("a post with this id already exists by another author");
        }
    }

}
