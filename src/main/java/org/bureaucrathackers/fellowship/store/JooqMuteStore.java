package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_MUTE;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.follow.Mute;
import org.bureaucrathackers.fellowship.follow.MuteStore;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.store.schema.tables.records.AccountMuteRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqMuteStore implements MuteStore {

    private final Database db;

    public JooqMuteStore(Database db) {
        this.db = db;
    }

    @Override
    public void save(Mute mute) {
        db.inTransaction(tx -> {
            tx.deleteFrom(ACCOUNT_MUTE)
                    .where(ACCOUNT_MUTE.ACCOUNT_ID.eq(mute.accountId()))
                    .and(ACCOUNT_MUTE.TARGET_ACCOUNT_ID.eq(mute.targetId()))
                    .execute();
            tx.insertInto(ACCOUNT_MUTE)
                    .set(ACCOUNT_MUTE.ID, mute.id())
                    .set(ACCOUNT_MUTE.ACCOUNT_ID, mute.accountId())
                    .set(ACCOUNT_MUTE.TARGET_ACCOUNT_ID, mute.targetId())
                    .set(ACCOUNT_MUTE.HIDE_NOTIFICATIONS, mute.hideNotifications())
                    .set(ACCOUNT_MUTE.EXPIRES_AT, Times.time(mute.expiresAt()))
                    .set(ACCOUNT_MUTE.CREATED_AT, Times.time(mute.createdAt()))
                    .execute();
            return null;
        });
    }

    @Override
    public Optional<Mute> find(long accountId, long targetId, Instant now) {
        return db.dsl().selectFrom(ACCOUNT_MUTE)
                .where(ACCOUNT_MUTE.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_MUTE.TARGET_ACCOUNT_ID.eq(targetId))
                .and(active(now))
                .fetchOptional(JooqMuteStore::toMute);
    }

    @Override
    public boolean delete(long accountId, long targetId) {
        return db.dsl().deleteFrom(ACCOUNT_MUTE)
                .where(ACCOUNT_MUTE.ACCOUNT_ID.eq(accountId))
                .and(ACCOUNT_MUTE.TARGET_ACCOUNT_ID.eq(targetId))
                .execute() > 0;
    }

    @Override
    public Slice<Mute> mutedBy(long accountId, PageRequest page, Instant now) {
        Condition filter = ACCOUNT_MUTE.ACCOUNT_ID.eq(accountId).and(active(now));
        return KeysetPages.page(page, ACCOUNT_MUTE.ID, Mute::id,
                (range, order, limit) -> db.dsl().selectFrom(ACCOUNT_MUTE).where(filter).and(range)
                        .orderBy(order).limit(limit).fetch(JooqMuteStore::toMute),
                extra -> db.dsl().fetchExists(ACCOUNT_MUTE, filter.and(extra)));
    }

    /**
     * The condition "{@code viewerId} mutes the account in {@code accountId} now", for queries that leave muted
     * accounts out (the home timeline).
     */
    public static Condition mutedBy(long viewerId, Field<Long> accountId, Instant now) {
        return DSL.exists(DSL.selectOne().from(ACCOUNT_MUTE)
                .where(ACCOUNT_MUTE.ACCOUNT_ID.eq(viewerId))
                .and(ACCOUNT_MUTE.TARGET_ACCOUNT_ID.eq(accountId))
                .and(active(now)));
    }

    private static Condition active(Instant now) {
        return ACCOUNT_MUTE.EXPIRES_AT.isNull().or(ACCOUNT_MUTE.EXPIRES_AT.gt(Times.time(now)));
    }

    private static Mute toMute(AccountMuteRecord r) {
        return new Mute(r.getId(), r.getAccountId(), r.getTargetAccountId(), r.getHideNotifications(),
                Times.instant(r.getExpiresAt()), Times.instant(r.getCreatedAt()));
    }
}
