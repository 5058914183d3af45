package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.COMMUNITY;
import static org.bureaucrathackers.fellowship.store.schema.Tables.COMMUNITY_REMOVAL;
import static org.bureaucrathackers.fellowship.store.schema.Tables.LOCAL_USER;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.community.CommunityStore;

public final class JooqCommunityStore implements CommunityStore {

    private final Database db;

    public JooqCommunityStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(long accountId, String description, Long createdBy, Instant createdAt) {
        db.dsl().insertInto(COMMUNITY)
                .set(COMMUNITY.ACCOUNT_ID, accountId)
                .set(COMMUNITY.DESCRIPTION, description)
                .set(COMMUNITY.CREATED_BY, createdBy)
                .set(COMMUNITY.CREATED_AT, Times.time(createdAt))
                .execute();
    }

    @Override
    public Optional<String> description(long accountId) {
        return db.dsl().select(COMMUNITY.DESCRIPTION).from(COMMUNITY)
                .where(COMMUNITY.ACCOUNT_ID.eq(accountId))
                .fetchOptional(COMMUNITY.DESCRIPTION);
    }

    @Override
    public List<Long> list(int offset, int limit) {
        return db.dsl().select(COMMUNITY.ACCOUNT_ID).from(COMMUNITY)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(COMMUNITY.ACCOUNT_ID))
                .where(ACCOUNT.DELETED_AT.isNull())
                .orderBy(COMMUNITY.ACCOUNT_ID.asc())
                .offset(offset).limit(limit)
                .fetch(COMMUNITY.ACCOUNT_ID);
    }

    @Override
    public long count() {
        return db.dsl().fetchCount(db.dsl().select(COMMUNITY.ACCOUNT_ID).from(COMMUNITY)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(COMMUNITY.ACCOUNT_ID))
                .where(ACCOUNT.DELETED_AT.isNull()));
    }

    @Override
    public boolean markRemoved(long communityId, String statusUri, Long removedBy, Instant removedAt) {
        return db.dsl().insertInto(COMMUNITY_REMOVAL)
                .set(COMMUNITY_REMOVAL.COMMUNITY_ID, communityId)
                .set(COMMUNITY_REMOVAL.STATUS_URI, statusUri)
                .set(COMMUNITY_REMOVAL.REMOVED_BY, removedBy)
                .set(COMMUNITY_REMOVAL.REMOVED_AT, Times.time(removedAt))
                .onConflictDoNothing()
                .execute() > 0;
    }

    @Override
    public boolean isRemoved(long communityId, String statusUri) {
        return db.dsl().fetchExists(COMMUNITY_REMOVAL, COMMUNITY_REMOVAL.COMMUNITY_ID.eq(communityId)
                .and(COMMUNITY_REMOVAL.STATUS_URI.eq(statusUri)));
    }

    @Override
    public List<Long> moderatorIds(int limit) {
        return db.dsl().select(LOCAL_USER.ACCOUNT_ID).from(LOCAL_USER)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(LOCAL_USER.ACCOUNT_ID))
                .where(LOCAL_USER.ADMIN.isTrue()).and(ACCOUNT.DELETED_AT.isNull())
                .orderBy(LOCAL_USER.ACCOUNT_ID.asc())
                .limit(limit)
                .fetch(LOCAL_USER.ACCOUNT_ID);
    }
}
