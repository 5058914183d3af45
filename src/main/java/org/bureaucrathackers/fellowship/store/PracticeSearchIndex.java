package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE;
import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE_SEARCH_WORD;

import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The word index of practices' search text (table practice_search_word): written with each practice, read by
 * the full-text filter, one indexed lookup per query word instead of a scan of every practice's text.
 */
final class PracticeSearchIndex {

    private static final int BACKFILL_BATCH = 500;

    private PracticeSearchIndex() {
    }

    /** Replaces the practice's words with those of its search text and marks it indexed. */
    static void write(DSLContext dsl, long statusId, String searchText) {
        dsl.deleteFrom(PRACTICE_SEARCH_WORD).where(PRACTICE_SEARCH_WORD.STATUS_ID.eq(statusId)).execute();
        var insert = dsl.batch(dsl.insertInto(PRACTICE_SEARCH_WORD, PRACTICE_SEARCH_WORD.WORD,
                PRACTICE_SEARCH_WORD.STATUS_ID).values((String) null, (Long) null));
        for (String word : SearchWords.of(searchText)) {
            insert.bind(word, statusId);
        }
        if (insert.size() > 0) {
            insert.execute();
        }
        dsl.update(PRACTICE).set(PRACTICE.WORDS_INDEXED, true).where(PRACTICE.STATUS_ID.eq(statusId)).execute();
    }

    /**
     * Practices whose text holds every word of the query, each word as the beginning of one of theirs; a query
     * without any letter or digit matches nothing.
     */
    static Condition matches(String query) {
        List<String> words = SearchWords.ofQuery(query);
        if (words.isEmpty()) {
            return DSL.falseCondition();
        }
        Condition all = DSL.noCondition();
        for (String word : words) {
            all = all.and(PRACTICE.STATUS_ID.in(DSL.select(PRACTICE_SEARCH_WORD.STATUS_ID).from(PRACTICE_SEARCH_WORD)
                    .where(PRACTICE_SEARCH_WORD.WORD.ge(word))
                    .and(PRACTICE_SEARCH_WORD.WORD.lt(SearchWords.after(word)))
                    .and(PRACTICE_SEARCH_WORD.WORD.startsWith(word))));
        }
        return all;
    }

    /**
     * Indexes the practices saved before the word index existed (the migration marks them unindexed), a batch
     * per transaction so that a large instance does not hold one long transaction. Returns how many it indexed.
     */
    static int backfill(Database db) {
        int total = 0;
        while (true) {
            int done = db.inTransaction(dsl -> {
                List<Record2<Long, String>> rows = dsl.select(PRACTICE.STATUS_ID, PRACTICE.SEARCH_TEXT).from(PRACTICE)
                        .where(PRACTICE.WORDS_INDEXED.isFalse()).orderBy(PRACTICE.STATUS_ID).limit(BACKFILL_BATCH)
                        .fetch();
                rows.forEach(row -> write(dsl, row.value1(), row.value2()));
                return rows.size();
            });
            total += done;
            if (done < BACKFILL_BATCH) {
                return total;
            }
        }
    }
}
