package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.FEATURED_TAG;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_TAG;

import java.util.List;
import org.bureaucrathackers.fellowship.post.FeaturedTag;
import org.bureaucrathackers.fellowship.post.FeaturedTagStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.jooq.impl.DSL;

public final class JooqFeaturedTagStore implements FeaturedTagStore {

    private final Database db;

    public JooqFeaturedTagStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(FeaturedTag tag) {
        db.dsl().insertInto(FEATURED_TAG)
                .set(FEATURED_TAG.ID, tag.id())
                .set(FEATURED_TAG.ACCOUNT_ID, tag.accountId())
                .set(FEATURED_TAG.NAME, tag.name())
                .set(FEATURED_TAG.CREATED_AT, Times.time(tag.createdAt()))
                .execute();
    }

    @Override
    public List<FeaturedTag> byAccount(long accountId, int limit) {
        return db.dsl().selectFrom(FEATURED_TAG)
                .where(FEATURED_TAG.ACCOUNT_ID.eq(accountId))
                .orderBy(FEATURED_TAG.ID.asc())
                .limit(limit)
                .fetch(r -> new FeaturedTag(r.getId(), r.getAccountId(), r.getName(),
                        Times.instant(r.getCreatedAt())));
    }

    @Override
    public TagUse use(long accountId, String name) {
        return db.dsl().select(DSL.count(), DSL.max(STATUS.CREATED_AT)).from(STATUS_TAG)
                .join(STATUS).on(STATUS.ID.eq(STATUS_TAG.STATUS_ID))
                .where(STATUS_TAG.NAME.eq(name)).and(STATUS.ACCOUNT_ID.eq(accountId))
                .and(STATUS.VISIBILITY.in(Status.Visibility.PUBLIC.stored(), Status.Visibility.UNLISTED.stored()))
                .and(STATUS.DELETED_AT.isNull())
                .fetchOne(r -> new TagUse(r.value1(), Times.instant(r.value2())));
    }
}
