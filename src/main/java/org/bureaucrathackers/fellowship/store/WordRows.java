package org.bureaucrathackers.fellowship.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** Writes rows of a word index with multi-row INSERTs: a few statements for thousands of words, not one each. */
final class WordRows {

    /** One word of one owner (a practice's status or an account). */
    private record Row(String word, long owner) {
    }

    /** Rows per INSERT statement: two bind values each, well under every driver's limit. */
    private static final int PER_STATEMENT = 1_000;

    private WordRows() {
    }

    /** Replaces the words of each owner (its id to its text) with the words of its text now. */
    static <R extends org.jooq.Record> void replace(DSLContext dsl, Table<R> table, TableField<R, String> word,
                                                    TableField<R, Long> owner, Map<Long, ? extends CharSequence> texts) {
        dsl.deleteFrom(table).where(owner.in(texts.keySet())).execute();
        List<Row> rows = new ArrayList<>();
        texts.forEach((id, text) -> SearchWords.of(text.toString()).forEach(w -> rows.add(new Row(w, id))));
        insert(dsl, table, word, owner, rows);
    }

    private static <R extends org.jooq.Record> void insert(DSLContext dsl, Table<R> table, TableField<R, String> word,
                                                   TableField<R, Long> owner, List<Row> rows) {
        for (int from = 0; from < rows.size(); from += PER_STATEMENT) {
            List<Row2<String, Long>> values = rows.subList(from, Math.min(rows.size(), from + PER_STATEMENT)).stream()
                    .map(r -> DSL.row(r.word(), r.owner())).toList();
            dsl.insertInto(table, word, owner).valuesOfRows(values).execute();
        }
    }
}
