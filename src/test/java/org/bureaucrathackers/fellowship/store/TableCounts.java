package org.bureaucrathackers.fellowship.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.impl.DSL;

/** Row counts of the tables incoming activities may write to, so tests can check that nothing was stored. */
public final class TableCounts {

    /** Everything an accepted activity or its handler could add; not account, which key checks may fill. */
    public static final List<String> ACTIVITY_TABLES = List.of("inbox_seen", "inbox_job", "status", "status_mention",
            "status_tag", "status_attachment", "follow", "favourite", "account_block", "report", "tombstone",
            "delivery_job");

    private TableCounts() {
    }

    public static Map<String, Integer> of(Database db) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String table : ACTIVITY_TABLES) {
            counts.put(table, db.dsl().fetchCount(DSL.table(DSL.name(table))));
        }
        return counts;
    }
}
