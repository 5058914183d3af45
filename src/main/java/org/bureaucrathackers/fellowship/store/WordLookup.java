package org.bureaucrathackers.fellowship.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * A full-text condition over a word index (one row per word and owner), planned the same way on H2 and
 * PostgreSQL. Each query word is first read from the index, at most {@link #DRIVING_LIMIT} rows: a word with
 * fewer matches is known whole, and the owners of every such word, intersected, become a short id list the
 * outer query looks up by primary key. A word with more matches is common: it is checked per candidate row
 * with an index probe on (owner, word). A rare word costs at most a thousand index rows; common words cost one
 * probe per candidate the database considers (the plans on H2 and PostgreSQL do not yet stop at a page).
 */
final class WordLookup {

    /** Owners read per query word to tell a rare word (listed whole) from a common one (probed). */
    static final int DRIVING_LIMIT = 1_000;

    private WordLookup() {
    }

    static <R extends org.jooq.Record> Condition matches(DSLContext dsl, List<String> words, Field<Long> outerId,
                                                         Table<R> index, TableField<R, String> word,
                                                         TableField<R, Long> owner) {
        return matches(dsl, words, outerId, index, word, owner, DRIVING_LIMIT);
    }

    /** As above, with the number of rows that tells a rare word from a common one given. */
    static <R extends org.jooq.Record> Condition matches(DSLContext dsl, List<String> words, Field<Long> outerId,
                                                         Table<R> index, TableField<R, String> word,
                                                         TableField<R, Long> owner, int drivingLimit) {
        if (words.isEmpty()) {
            return DSL.falseCondition();
        }
        Set<Long> known = null;
        List<String> common = new ArrayList<>();
        for (String w : words) {
            List<Long> owners = dsl.select(owner).from(index).where(prefix(word, w)).limit(drivingLimit + 1)
                    .fetch(owner);
            if (owners.size() > drivingLimit) {
                common.add(w);
            } else if (known == null) {
                known = new HashSet<>(owners);
            } else {
                known.retainAll(owners);
            }
        }
        if (known != null && known.isEmpty()) {
            return DSL.falseCondition();
        }
        Condition condition = known == null ? DSL.noCondition() : outerId.in(known);
        for (String w : common) {
            // The owners of a common word as one set, read once from the word index, rather than one probe per
            // candidate row: the databases then look the owners up by key (H2) or join them by hash (PostgreSQL)
            // instead of walking every visible row first.
            condition = condition.and(outerId.in(DSL.select(owner).from(index).where(prefix(word, w))));
        }
        return condition;
    }

    /**
     * Words beginning with {@code prefix}: a range a B-tree index answers on H2 and PostgreSQL, with LIKE beside
     * it for collations that order some words differently from their characters.
     */
    private static Condition prefix(Field<String> word, String prefix) {
        return word.ge(prefix).and(word.lt(SearchWords.after(prefix))).and(word.startsWith(prefix));
    }
}
