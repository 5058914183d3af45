package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.bureaucrathackers.fellowship.store.schema.tables.records.StatusRecord;

/** Writes rows no production service writes yet (statuses, deletions), for tests that count them. */
public final class TestRows {

    private static final AtomicLong NEXT_STATUS = new AtomicLong(1_000);

    private TestRows() {
    }

    /** Inserts a public status by {@code accountId}; {@code deletedAt} may be null. Returns its id. */
    public static long insertStatus(Database db, long accountId, Instant createdAt, Instant deletedAt) {
        long id = NEXT_STATUS.incrementAndGet();
        StatusRecord r = db.dsl().newRecord(STATUS);
        r.setId(id);
        r.setAccountId(accountId);
        r.setUri("https://test.invalid/statuses/" + id);
        r.setVisibility("public");
        r.setContentHtml("<p>status " + id + "</p>");
        r.setCreatedAt(Times.time(createdAt));
        r.setDeletedAt(Times.time(deletedAt));
        r.insert();
        return id;
    }

    public static void markAccountDeleted(Database db, long accountId, Instant deletedAt) {
        db.dsl().update(ACCOUNT).set(ACCOUNT.DELETED_AT, Times.time(deletedAt))
                .where(ACCOUNT.ID.eq(accountId)).execute();
    }
}
