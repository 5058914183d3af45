package org.bureaucrathackers.fellowship.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bureaucrathackers.fellowship.store.Database;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;

/**
 * Counts the SQL statements a piece of work runs on the calling thread (background workers are left out), by a
 * jOOQ execute listener added to the database's configuration.
 */
public final class StatementCounter implements ExecuteListener {

    private final List<String> statements = Collections.synchronizedList(new ArrayList<>());
    private volatile Thread counted;

    private StatementCounter() {
    }

    /** A counter listening to every statement {@code db} runs from now on. */
    public static StatementCounter on(Database db) {
        StatementCounter counter = new StatementCounter();
        var configuration = db.dsl().configuration();
        List<org.jooq.ExecuteListenerProvider> providers = new ArrayList<>(List.of(configuration.executeListenerProviders()));
        providers.add(new DefaultExecuteListenerProvider(counter));
        configuration.set(providers.toArray(org.jooq.ExecuteListenerProvider[]::new));
        return counter;
    }

    /** The statements {@code work} ran on this thread, as SQL. */
    public List<String> during(Runnable work) {
        statements.clear();
        counted = Thread.currentThread();
        try {
            work.run();
        } finally {
            counted = null;
        }
        return List.copyOf(statements);
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        if (Thread.currentThread() == counted) {
            statements.add(ctx.sql());
        }
    }
}
