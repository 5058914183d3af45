package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.FOLLOWED_TAG;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.reading.FollowedTag;
import org.bureaucrathackers.fellowship.reading.FollowedTagStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.FollowedTagRecord;
import org.jooq.Condition;

public final class JooqFollowedTagStore implements FollowedTagStore {

    private final Database db;

    public JooqFollowedTagStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(FollowedTag tag) {
        db.dsl().insertInto(FOLLOWED_TAG)
                .set(FOLLOWED_TAG.ID, tag.id())
                .set(FOLLOWED_TAG.ACCOUNT_ID, tag.accountId())
                .set(FOLLOWED_TAG.NAME, tag.name())
                .set(FOLLOWED_TAG.CREATED_AT, Times.time(tag.createdAt()))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public void delete(long accountId, String name) {
        db.dsl().deleteFrom(FOLLOWED_TAG)
                .where(FOLLOWED_TAG.ACCOUNT_ID.eq(accountId)).and(FOLLOWED_TAG.NAME.eq(name))
                .execute();
    }

    @Override
    public Set<String> followed(long accountId, Collection<String> names) {
        return new HashSet<>(db.dsl().select(FOLLOWED_TAG.NAME).from(FOLLOWED_TAG)
                .where(FOLLOWED_TAG.ACCOUNT_ID.eq(accountId)).and(FOLLOWED_TAG.NAME.in(names))
                .fetch(FOLLOWED_TAG.NAME));
    }

    @Override
    public long count(long accountId) {
        return db.dsl().fetchCount(FOLLOWED_TAG, FOLLOWED_TAG.ACCOUNT_ID.eq(accountId));
    }

    @Override
    public Slice<FollowedTag> page(long accountId, PageRequest page) {
        Condition filter = FOLLOWED_TAG.ACCOUNT_ID.eq(accountId);
        return KeysetPages.page(page, FOLLOWED_TAG.ID, FollowedTag::id,
                (range, order, limit) -> db.dsl().selectFrom(FOLLOWED_TAG)
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(JooqFollowedTagStore::toTag),
                extra -> db.dsl().fetchExists(FOLLOWED_TAG, filter.and(extra)));
    }

    private static FollowedTag toTag(FollowedTagRecord r) {
        return new FollowedTag(r.getId(), r.getAccountId(), r.getName(), Times.instant(r.getCreatedAt()));
    }
}
