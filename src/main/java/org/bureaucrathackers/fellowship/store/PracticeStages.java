package org.bureaucrathackers.fellowship.store;

import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * The SQL of the directory's {@code stage} filter and facet: the stages of a fellow's practice records,
 * as {@link JooqPracticeStages} finds them; {@link #NONE} matches no fellow and counts nothing.
 */
public interface PracticeStages {

    PracticeStages NONE = new PracticeStages() {
        @Override
        public Condition hasStage(Field<Long> accountId, String stage) {
            return org.jooq.impl.DSL.falseCondition();
        }

        @Override
        public Map<String, Long> counts(DSLContext dsl, Table<?> fellows, Field<Long> accountId, Condition matching,
                                        int maxValues) {
            return Map.of();
        }
    };

    /** Whether the account with this id has a practice in {@code stage}. */
    Condition hasStage(Field<Long> accountId, String stage);

    /**
     * How many of the fellows ({@code fellows}, rows where {@code matching} holds, identified by
     * {@code accountId}) have a practice in each stage, most first, at most {@code maxValues}.
     */
    Map<String, Long> counts(DSLContext dsl, Table<?> fellows, Field<Long> accountId, Condition matching,
                             int maxValues);
}
