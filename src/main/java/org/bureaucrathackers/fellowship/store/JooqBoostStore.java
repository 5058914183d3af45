package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.BoostStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.jooq.Condition;

/** Boosts: statuses whose reblog_of_id points at another status. */
public final class JooqBoostStore implements BoostStore {

    private final Database db;

    public JooqBoostStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Status> findBoost(long accountId, long statusId) {
        return db.dsl().selectFrom(STATUS)
                .where(STATUS.ACCOUNT_ID.eq(accountId)).and(STATUS.REBLOG_OF_ID.eq(statusId))
                .fetchOptional(StatusRows::toStatus);
    }

    @Override
    public List<Long> boosterIds(long statusId, int limit) {
        return db.dsl().select(STATUS.ACCOUNT_ID).from(STATUS)
                .where(STATUS.REBLOG_OF_ID.eq(statusId))
                .orderBy(STATUS.ID.asc()).limit(limit)
                .fetch(STATUS.ACCOUNT_ID);
    }

    @Override
    public Slice<Status> boostsOf(long statusId, Long viewerId, PageRequest page) {
        Condition filter = STATUS.REBLOG_OF_ID.eq(statusId).and(STATUS.DELETED_AT.isNull())
                .and(StatusConditions.visibleTo(viewerId));
        return StatusPages.pageOf(db, filter, page);
    }

    @Override
    public Map<Long, Long> boostCounts(Collection<Long> statusIds) {
        return StatusRows.countsBy(db, STATUS.REBLOG_OF_ID, statusIds, STATUS.DELETED_AT.isNull());
    }

    @Override
    public Set<Long> boostedAmong(long accountId, Collection<Long> statusIds) {
        Set<Long> result = new HashSet<>();
        for (List<Long> chunk : StatusRows.chunks(statusIds)) {
            result.addAll(db.dsl().select(STATUS.REBLOG_OF_ID).from(STATUS)
                    .where(STATUS.ACCOUNT_ID.eq(accountId)).and(STATUS.REBLOG_OF_ID.in(chunk))
                    .fetch(STATUS.REBLOG_OF_ID));
        }
        return result;
    }
}
