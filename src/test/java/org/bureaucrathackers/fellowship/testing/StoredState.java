package org.bureaucrathackers.fellowship.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.bureaucrathackers.fellowship.store.Database;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;

/**
 * Everything a database holds, as one text to compare: every row of every table of ours, sorted, so a test can
 * say that a refused request changed nothing. Tables that only record that requests happened are left out.
 */
public final class StoredState {

    /** Written by any authenticated request or by the server's own clocks, whatever the request's fate. */
    private static final Set<String> INCIDENTAL = Set.of("flyway_schema_history", "schema_version");

    private StoredState() {
    }

    public static String of(Database database) {
        DSLContext dsl = database.dsl();
        StringBuilder state = new StringBuilder();
        List<Table<?>> tables = new ArrayList<>(dsl.meta().getSchemas(schemaName(dsl)).stream()
                .flatMap(s -> s.getTables().stream()).toList());
        tables.sort((x, y) -> x.getName().compareTo(y.getName()));
        for (Table<?> table : tables) {
            if (INCIDENTAL.contains(table.getName().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            List<String> rows = new ArrayList<>();
            for (Record row : dsl.selectFrom(table).fetch()) {
                rows.add(row.formatJSON());
            }
            rows.sort(String::compareTo);
            state.append(table.getName()).append('\n');
            rows.forEach(r -> state.append("  ").append(r).append('\n'));
        }
        return state.toString();
    }

    private static String schemaName(DSLContext dsl) {
        Object current = dsl.fetchValue("select current_schema()");
        return current == null ? "PUBLIC" : current.toString();
    }
}
