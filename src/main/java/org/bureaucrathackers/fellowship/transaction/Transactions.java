package org.bureaucrathackers.fellowship.transaction;

import java.util.function.Supplier;

/**
 * Runs work atomically. Every store call made inside {@code work}, on this thread, joins the same database
 * transaction, so a service can write its state and the delivery jobs it causes together (DESIGN: outgoing
 * activity). Nested calls join the outer transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code action} once the current transaction has committed, or at once when there is none: how
     * in-memory side effects (streaming events) follow only what was really written. A transaction that rolls
     * back drops its actions. Actions run on the committing thread, in the order given, and must not block.
     */
    default void afterCommit(Runnable action) {
        action.run();
    }
}
