package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.StatusConditions.ORIGINAL;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Status;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SelectSelectStep;

/** Keyset pages of statuses under a filter, newest first by id, for the stores that list statuses. */
final class StatusPages {

    private StatusPages() {
    }

    static Slice<Status> pageOf(Database db, Condition filter, PageRequest page) {
        return KeysetPages.page(page, STATUS.ID, Status::id,
                (range, order, limit) -> db.dsl().selectFrom(STATUS)
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(StatusRows::toStatus),
                extra -> db.dsl().fetchExists(STATUS, filter.and(extra)));
    }

    /** Pages statuses with the boosted originals left-joined as {@link StatusConditions#ORIGINAL}. */
    static Slice<Status> withOriginals(Database db, Condition filter, PageRequest page) {
        return KeysetPages.page(page, STATUS.ID, Status::id,
                (range, order, limit) -> joined(db.dsl().select(STATUS.fields()))
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(r -> StatusRows.toStatus(r.into(STATUS))),
                extra -> db.dsl().fetchExists(joined(db.dsl().selectOne()).where(filter).and(extra)));
    }

    /** Statuses with the boosted originals left-joined as {@link StatusConditions#ORIGINAL}. */
    static <R extends Record> SelectJoinStep<R> joined(SelectSelectStep<R> select) {
        return select.from(STATUS).leftJoin(ORIGINAL).on(ORIGINAL.ID.eq(STATUS.REBLOG_OF_ID));
    }
}
