package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.NOTIFICATION;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bureaucrathackers.fellowship.notification.Notification;
import org.bureaucrathackers.fellowship.notification.NotificationFilter;
import org.bureaucrathackers.fellowship.notification.NotificationStore;
import org.bureaucrathackers.fellowship.notification.NotificationType;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.store.schema.tables.records.NotificationRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

public final class JooqNotificationStore implements NotificationStore {

    private final Database db;

    public JooqNotificationStore(Database db) {
        this.db = db;
    }

    /**
     * Checks before inserting rather than relying on ON CONFLICT: the table has two unique keys, and the causes
     * are themselves unique rows written in the same transaction, so two inserts for one cause do not race.
     */
    @Override
    public boolean insert(Notification n) {
        return db.inTransaction(tx -> {
            Condition sameCause = n.followId() != null
                    ? NOTIFICATION.FOLLOW_ID.eq(n.followId()).and(NOTIFICATION.NOTIFICATION_TYPE.eq(n.type().wire()))
                    : NOTIFICATION.ACCOUNT_ID.eq(n.recipientId())
                            .and(NOTIFICATION.NOTIFICATION_TYPE.eq(n.type().wire()))
                            .and(NOTIFICATION.FROM_ACCOUNT_ID.eq(n.fromAccountId()))
                            .and(n.statusId() == null ? NOTIFICATION.STATUS_ID.isNull()
                                    : NOTIFICATION.STATUS_ID.eq(n.statusId()));
            if (tx.fetchExists(NOTIFICATION, sameCause)) {
                return false;
            }
            tx.insertInto(NOTIFICATION)
                    .set(NOTIFICATION.ID, n.id())
                    .set(NOTIFICATION.ACCOUNT_ID, n.recipientId())
                    .set(NOTIFICATION.FROM_ACCOUNT_ID, n.fromAccountId())
                    .set(NOTIFICATION.NOTIFICATION_TYPE, n.type().wire())
                    .set(NOTIFICATION.STATUS_ID, n.statusId())
                    .set(NOTIFICATION.FOLLOW_ID, n.followId())
                    .set(NOTIFICATION.FAVOURITE_ID, n.favouriteId())
                    .set(NOTIFICATION.BOOST_ID, n.boostId())
                    .set(NOTIFICATION.CREATED_AT, Times.time(n.createdAt()))
                    .execute();
            return true;
        });
    }

    @Override
    public Optional<Notification> find(long recipientId, long notificationId) {
        return db.dsl().selectFrom(NOTIFICATION)
                .where(NOTIFICATION.ID.eq(notificationId)).and(NOTIFICATION.ACCOUNT_ID.eq(recipientId))
                .and(fromLiveAccount())
                .fetchOptional(JooqNotificationStore::toNotification);
    }

    @Override
    public Slice<Notification> page(long recipientId, NotificationFilter filter, PageRequest page) {
        Condition base = NOTIFICATION.ACCOUNT_ID.eq(recipientId).and(matching(filter)).and(fromLiveAccount());
        return KeysetPages.page(page, NOTIFICATION.ID, Notification::id,
                (range, order, limit) -> db.dsl().selectFrom(NOTIFICATION)
                        .where(base).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(JooqNotificationStore::toNotification),
                extra -> db.dsl().fetchExists(NOTIFICATION, base.and(extra)));
    }

    @Override
    public int count(long recipientId, NotificationFilter filter, Long afterId, int cap) {
        Condition condition = NOTIFICATION.ACCOUNT_ID.eq(recipientId).and(matching(filter)).and(fromLiveAccount());
        if (afterId != null) {
            condition = condition.and(NOTIFICATION.ID.gt(afterId));
        }
        // Counting stops at the cap: a fellow with a huge backlog costs no more than one with a full badge.
        return db.dsl().fetchCount(db.dsl().selectOne().from(NOTIFICATION).where(condition).limit(cap));
    }

    @Override
    public boolean delete(long recipientId, long notificationId) {
        return db.dsl().deleteFrom(NOTIFICATION)
                .where(NOTIFICATION.ID.eq(notificationId)).and(NOTIFICATION.ACCOUNT_ID.eq(recipientId))
                .execute() > 0;
    }

    @Override
    public void deleteAll(long recipientId) {
        db.dsl().deleteFrom(NOTIFICATION).where(NOTIFICATION.ACCOUNT_ID.eq(recipientId)).execute();
    }

    @Override
    public void deleteFrom(long recipientId, long fromAccountId) {
        db.dsl().deleteFrom(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(recipientId)).and(NOTIFICATION.FROM_ACCOUNT_ID.eq(fromAccountId))
                .execute();
    }

    @Override
    public void deleteAbout(long recipientId, NotificationType type, long fromAccountId, long statusId) {
        db.dsl().deleteFrom(NOTIFICATION)
                .where(NOTIFICATION.ACCOUNT_ID.eq(recipientId))
                .and(NOTIFICATION.NOTIFICATION_TYPE.eq(type.wire()))
                .and(NOTIFICATION.FROM_ACCOUNT_ID.eq(fromAccountId))
                .and(NOTIFICATION.STATUS_ID.eq(statusId))
                .execute();
    }

    @Override
    public void deleteForFollow(long followId, NotificationType type) {
        db.dsl().deleteFrom(NOTIFICATION)
                .where(NOTIFICATION.FOLLOW_ID.eq(followId)).and(NOTIFICATION.NOTIFICATION_TYPE.eq(type.wire()))
                .execute();
    }

    private static Condition matching(NotificationFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.onlySome()) {
            condition = condition.and(filter.types().isEmpty() ? DSL.falseCondition()
                    : NOTIFICATION.NOTIFICATION_TYPE.in(wire(filter.types())));
        }
        if (!filter.excluded().isEmpty()) {
            condition = condition.and(NOTIFICATION.NOTIFICATION_TYPE.notIn(wire(filter.excluded())));
        }
        if (filter.fromAccountId() != null) {
            condition = condition.and(NOTIFICATION.FROM_ACCOUNT_ID.eq(filter.fromAccountId()));
        }
        return condition;
    }

    /** An account that deleted itself leaves nothing to show (its row may stay behind as a tombstone). */
    private static Condition fromLiveAccount() {
        return DSL.notExists(DSL.selectOne().from(ACCOUNT)
                .where(ACCOUNT.ID.eq(NOTIFICATION.FROM_ACCOUNT_ID)).and(ACCOUNT.DELETED_AT.isNotNull()));
    }

    private static Set<String> wire(Set<NotificationType> types) {
        return types.stream().map(NotificationType::wire).collect(Collectors.toSet());
    }

    private static Notification toNotification(NotificationRecord r) {
        return new Notification(r.getId(), r.getAccountId(), NotificationType.valueOf(r.getNotificationType()
                .toUpperCase(Locale.ROOT)), r.getFromAccountId(), r.getStatusId(), r.getFollowId(),
                r.getFavouriteId(), r.getBoostId(), Times.instant(r.getCreatedAt()));
    }
}
