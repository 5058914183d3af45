package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.post.Status;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The directory's {@code stage} from the practice table: a fellow has stage S when one of their practices, local
 * or remote, is in stage S. Only practices anyone may read count (public or unlisted, not deleted), so the
 * directory tells nobody about a followers-only practice.
 */
public final class JooqPracticeStages implements PracticeStages {

    private static final List<String> OPEN = List.of(Status.Visibility.PUBLIC.stored(),
            Status.Visibility.UNLISTED.stored());

    @Override
    public Condition hasStage(Field<Long> accountId, String stage) {
        return DSL.exists(DSL.selectOne().from(PRACTICE).join(STATUS).on(STATUS.ID.eq(PRACTICE.STATUS_ID))
                .where(PRACTICE.ACCOUNT_ID.eq(accountId)).and(PRACTICE.STAGE.eq(stage)).and(readable()));
    }

    @Override
    public Map<String, Long> counts(DSLContext dsl, Table<?> fellows, Field<Long> accountId, Condition matching,
                                    int maxValues) {
        // Each fellow counts once per stage however many practices they have in it.
        Field<Integer> count = DSL.countDistinct(accountId);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Record2<String, Integer> row : dsl.select(PRACTICE.STAGE, count)
                .from(fellows.join(PRACTICE).on(PRACTICE.ACCOUNT_ID.eq(accountId))
                        .join(STATUS).on(STATUS.ID.eq(PRACTICE.STATUS_ID)))
                .where(matching).and(readable()).and(PRACTICE.STAGE.isNotNull())
                .groupBy(PRACTICE.STAGE)
                .orderBy(count.desc(), PRACTICE.STAGE)
                .limit(maxValues)
                .fetch()) {
            counts.put(row.value1(), row.value2().longValue());
        }
        return counts;
    }

    private static Condition readable() {
        return STATUS.VISIBILITY.in(OPEN).and(STATUS.DELETED_AT.isNull());
    }
}
