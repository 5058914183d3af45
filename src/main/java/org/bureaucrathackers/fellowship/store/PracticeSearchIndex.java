package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE;
import static org.bureaucrathackers.fellowship.store.schema.Tables.PRACTICE_SEARCH_WORD;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;

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
        write(dsl, Map.of(statusId, searchText));
    }

    /** Replaces the words of these practices (status id to search text) in a few statements, and marks them indexed. */
    static void write(DSLContext dsl, Map<Long, String> searchTexts) {
        if (searchTexts.isEmpty()) {
            return;
        }
        WordRows.replace(dsl, PRACTICE_SEARCH_WORD, PRACTICE_SEARCH_WORD.WORD, PRACTICE_SEARCH_WORD.STATUS_ID,
                searchTexts);
        dsl.update(PRACTICE).set(PRACTICE.WORDS_INDEXED, true).where(PRACTICE.STATUS_ID.in(searchTexts.keySet()))
                .execute();
    }

    /**
     * Practices whose text holds every word of the query, each word as the beginning of one of theirs; a query
     * without any letter or digit matches nothing.
     */
    static Condition matches(DSLContext dsl, String query) {
        return WordLookup.matches(dsl, SearchWords.ofQuery(query), PRACTICE.STATUS_ID, PRACTICE_SEARCH_WORD,
                PRACTICE_SEARCH_WORD.WORD, PRACTICE_SEARCH_WORD.STATUS_ID);
    }

    /**
     * Indexes the practices saved before the word index existed (the migration marks them unindexed), a batch
     * per transaction so that a large instance does not hold one long transaction. Returns how many it indexed.
     */
    static int backfill(Database db) {
        int total = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            long from = after;
            // Each batch starts after the last one's highest id: without it, the database may walk the practices
            // already indexed again for every batch, which grows with the square of their number.
            List<Long> ids = db.inTransaction(dsl -> {
                List<Record2<Long, String>> rows = dsl.select(PRACTICE.STATUS_ID, PRACTICE.SEARCH_TEXT).from(PRACTICE)
                        .where(PRACTICE.WORDS_INDEXED.isFalse()).and(PRACTICE.STATUS_ID.gt(from))
                        .orderBy(PRACTICE.STATUS_ID).limit(BACKFILL_BATCH).fetch();
                Map<Long, String> texts = new LinkedHashMap<>();
                rows.forEach(row -> texts.put(row.value1(), row.value2()));
                write(dsl, texts);
                return List.copyOf(texts.keySet());
            });
            total += ids.size();
            if (ids.size() < BACKFILL_BATCH) {
                return total;
            }
            after = ids.get(ids.size() - 1);
        }
    }
}
