package org.bureaucrathackers.fellowship.notification;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.transaction.Transactions;

/**
 * Notifies local fellows of what others do to them. The services that record a follow, like, boost, mention or
 * edit call it inside their own transaction, so the notification is written with its cause (DESIGN: incoming
 * activity, step 7) and pushed to streaming clients only after the commit. Nobody is notified of their own
 * actions, of an account's they block or mute, or twice for one cause. Undoing a cause removes the notification
 * with it (the store's cascades).
 */
public final class Notifications {

    private final Transactions transactions;
    private final NotificationStore store;
    private final Silencing silencing;
    private final PostSubscribers subscribers;
    private final NotificationEvents events;
    private final Ids ids;
    private final Clock clock;

    public Notifications(Transactions transactions, NotificationStore store, Silencing silencing,
                         PostSubscribers subscribers, NotificationEvents events, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.store = store;
        this.silencing = silencing;
        this.subscribers = subscribers;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /** {@code follower} now follows {@code recipient}; a request of theirs that was waiting gives way to this. */
    public void followed(Account recipient, Account follower, long followId) {
        transactions.run(() -> {
            store.deleteForFollow(followId, NotificationType.FOLLOW_REQUEST);
            add(recipient, NotificationType.FOLLOW, follower, null, followId, null, null);
        });
    }

    /** {@code follower} asks to follow {@code recipient}, who approves followers by hand. */
    public void followRequested(Account recipient, Account follower, long followId) {
        transactions.run(() -> add(recipient, NotificationType.FOLLOW_REQUEST, follower, null, followId, null, null));
    }

    /** {@code liker} likes {@code statusId}, a status of {@code author}'s. */
    public void favourited(Account author, Account liker, long statusId, long favouriteId) {
        transactions.run(() -> add(author, NotificationType.FAVOURITE, liker, statusId, null, favouriteId, null));
    }

    /** {@code booster} boosted {@code statusId}, a status of {@code author}'s, as the status {@code boostId}. */
    public void reblogged(Account author, Account booster, long statusId, long boostId) {
        transactions.run(() -> add(author, NotificationType.REBLOG, booster, statusId, null, null, boostId));
    }

    /** {@code author}'s status {@code statusId} mentions {@code mentioned}; those already told are not told again. */
    public void mentioned(Account author, long statusId, Collection<Account> mentioned) {
        transactions.run(() -> distinct(mentioned).forEach(
                recipient -> add(recipient, NotificationType.MENTION, author, statusId, null, null, null)));
    }

    /**
     * {@code author} published {@code statusId}, a post its followers see at home: those who asked to hear of each
     * of the author's posts are told (Mastodon's {@code status} notification).
     */
    public void posted(Account author, long statusId) {
        transactions.run(() -> distinct(subscribers.of(author)).forEach(
                recipient -> add(recipient, NotificationType.STATUS, author, statusId, null, null, null)));
    }

    /**
     * {@code author} edited {@code statusId}: each of {@code interactors} (who boosted or liked it) hears of the
     * latest edit once, as a fresh notification.
     */
    public void edited(Account author, long statusId, Collection<Account> interactors) {
        transactions.run(() -> distinct(interactors).forEach(recipient -> {
            if (wants(recipient, author)) {
                store.deleteAbout(recipient.id(), NotificationType.UPDATE, author.id(), statusId);
                add(recipient, NotificationType.UPDATE, author, statusId, null, null, null);
            }
        }));
    }

    /** {@code blocker} blocked {@code blocked}: what they were told about it goes, as in Mastodon. */
    public void blocked(Account blocker, Account blocked) {
        if (blocker.isLocal()) {
            store.deleteFrom(blocker.id(), blocked.id());
        }
    }

    /** The fellow's notifications matching {@code filter}, newest first. */
    public Slice<Notification> list(Account recipient, NotificationFilter filter, PageRequest page) {
        return store.page(recipient.id(), filter, page);
    }

    /** How many of the fellow's notifications matching {@code filter} are newer than {@code lastReadId}, up to {@code cap}. */
    public int unread(Account recipient, NotificationFilter filter, Long lastReadId, int cap) {
        return store.count(recipient.id(), filter, lastReadId, cap);
    }

    public Optional<Notification> find(Account recipient, long notificationId) {
        return store.find(recipient.id(), notificationId);
    }

    /** Removes one of the fellow's notifications; returns whether there was one. */
    public boolean dismiss(Account recipient, long notificationId) {
        return store.delete(recipient.id(), notificationId);
    }

    /** Removes all of the fellow's notifications. */
    public void clear(Account recipient) {
        store.deleteAll(recipient.id());
    }

    private void add(Account recipient, NotificationType type, Account from, Long statusId, Long followId,
                     Long favouriteId, Long boostId) {
        if (!wants(recipient, from)) {
            return;
        }
        Notification notification = new Notification(ids.next(), recipient.id(), type, from.id(), statusId, followId,
                favouriteId, boostId, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        if (store.insert(notification)) {
            transactions.afterCommit(() -> events.created(notification));
        }
    }

    /** Only live local fellows are notified, never of themselves or of accounts they silence. */
    private boolean wants(Account recipient, Account from) {
        return recipient.isLocal() && !recipient.isDeleted() && recipient.id() != from.id()
                && !silencing.silences(recipient.id(), from.id());
    }

    private static Collection<Account> distinct(Collection<Account> accounts) {
        Map<Long, Account> byId = new LinkedHashMap<>();
        accounts.forEach(a -> byId.putIfAbsent(a.id(), a));
        return byId.values();
    }
}
