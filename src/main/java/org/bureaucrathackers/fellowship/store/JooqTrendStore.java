package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FAVOURITE;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_TAG;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.signals.TagUse;
import org.bureaucrathackers.fellowship.signals.TrendStore;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqTrendStore implements TrendStore {

    private final Database db;

    public JooqTrendStore(Database db) {
        this.db = db;
    }

    @Override
    public List<TagUse> topTags(Instant since, int offset, int limit) {
        Field<Integer> accounts = DSL.countDistinct(STATUS.ACCOUNT_ID).as("accounts");
        Field<Integer> uses = DSL.count().as("uses");
        return db.dsl().select(STATUS_TAG.NAME, accounts, uses)
                .from(STATUS_TAG)
                .join(STATUS).on(STATUS.ID.eq(STATUS_TAG.STATUS_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(STATUS.ACCOUNT_ID))
                .where(counted(since, null))
                .groupBy(STATUS_TAG.NAME)
                .orderBy(DSL.countDistinct(STATUS.ACCOUNT_ID).desc(), DSL.count().desc(), STATUS_TAG.NAME.asc())
                .limit(limit).offset(offset)
                .fetch(r -> new TagUse(r.value1(), r.value3(), r.value2()));
    }

    @Override
    public Map<String, TagUse> uses(Collection<String> names, Instant from, Instant to) {
        Map<String, TagUse> uses = new LinkedHashMap<>();
        db.dsl().select(STATUS_TAG.NAME, DSL.count(), DSL.countDistinct(STATUS.ACCOUNT_ID))
                .from(STATUS_TAG)
                .join(STATUS).on(STATUS.ID.eq(STATUS_TAG.STATUS_ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(STATUS.ACCOUNT_ID))
                .where(STATUS_TAG.NAME.in(names)).and(counted(from, to))
                .groupBy(STATUS_TAG.NAME)
                .forEach(r -> uses.put(r.value1(), new TagUse(r.value1(), r.value2(), r.value3())));
        return uses;
    }

    @Override
    public List<Long> topStatusIds(Instant since, int offset, int limit) {
        var boost = STATUS.as("boost");
        Field<Integer> favourites = DSL.field(DSL.selectCount().from(FAVOURITE).where(FAVOURITE.STATUS_ID.eq(STATUS.ID)));
        Field<Integer> boosts = DSL.field(DSL.selectCount().from(boost)
                .where(boost.REBLOG_OF_ID.eq(STATUS.ID)).and(boost.DELETED_AT.isNull()));
        Field<Integer> score = favourites.plus(boosts);
        return db.dsl().select(STATUS.ID).from(STATUS)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(STATUS.ACCOUNT_ID))
                .where(counted(since, null)).and(score.gt(0))
                .orderBy(score.desc(), STATUS.ID.desc())
                .limit(limit).offset(offset)
                .fetch(STATUS.ID);
    }

    /** Public statuses (no boosts, not deleted, by accounts still there) posted in [from, to); to may be null. */
    private static Condition counted(Instant from, Instant to) {
        Condition condition = STATUS.VISIBILITY.eq(Status.Visibility.PUBLIC.stored())
                .and(STATUS.REBLOG_OF_ID.isNull())
                .and(STATUS.DELETED_AT.isNull())
                .and(ACCOUNT.DELETED_AT.isNull())
                .and(STATUS.CREATED_AT.ge(Times.time(from)));
        return to == null ? condition : condition.and(STATUS.CREATED_AT.lt(Times.time(to)));
    }
}
