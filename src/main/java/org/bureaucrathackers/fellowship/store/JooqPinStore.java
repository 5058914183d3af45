package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_PIN;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bureaucrathackers.fellowship.post.PinStore;

/** Pins of statuses to their authors' profiles, in the status_pin table. */
public final class JooqPinStore implements PinStore {

    private final Database db;

    public JooqPinStore(Database db) {
        this.db = db;
    }

    @Override
    public void pin(long pinId, long accountId, long statusId, Instant pinnedAt) {
        db.dsl().insertInto(STATUS_PIN)
                .set(STATUS_PIN.ID, pinId)
                .set(STATUS_PIN.ACCOUNT_ID, accountId)
                .set(STATUS_PIN.STATUS_ID, statusId)
                .set(STATUS_PIN.CREATED_AT, Times.time(pinnedAt))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public boolean unpin(long accountId, long statusId) {
        return db.dsl().deleteFrom(STATUS_PIN)
                .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(STATUS_PIN.STATUS_ID.eq(statusId))
                .execute() > 0;
    }

    @Override
    public long countPins(long accountId) {
        return db.dsl().fetchCount(STATUS_PIN, STATUS_PIN.ACCOUNT_ID.eq(accountId));
    }

    @Override
    public Set<Long> pinnedAmong(long accountId, Collection<Long> statusIds) {
        Set<Long> result = new HashSet<>();
        for (List<Long> chunk : StatusRows.chunks(statusIds)) {
            result.addAll(db.dsl().select(STATUS_PIN.STATUS_ID).from(STATUS_PIN)
                    .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(STATUS_PIN.STATUS_ID.in(chunk))
                    .fetch(STATUS_PIN.STATUS_ID));
        }
        return result;
    }
}
