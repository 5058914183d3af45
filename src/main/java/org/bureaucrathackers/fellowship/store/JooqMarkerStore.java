package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.READ_MARKER;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.bureaucrathackers.fellowship.reading.Marker;
import org.bureaucrathackers.fellowship.reading.MarkerStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.ReadMarkerRecord;
import org.jooq.exception.IntegrityConstraintViolationException;

public final class JooqMarkerStore implements MarkerStore {

    private final Database db;

    public JooqMarkerStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Marker> find(long accountId) {
        return db.dsl().selectFrom(READ_MARKER).where(READ_MARKER.ACCOUNT_ID.eq(accountId))
                .fetch(JooqMarkerStore::toMarker).stream()
                .filter(m -> m.timeline() != null)
                .sorted(Comparator.comparing(Marker::timeline))
                .toList();
    }

    @Override
    public Marker save(long accountId, Marker.Timeline timeline, long lastReadId, Instant at) {
        try {
            return saveOnce(accountId, timeline, lastReadId, at);
        } catch (IntegrityConstraintViolationException e) {
            // Two first saves raced and the other inserted the row: this one is now an update.
            return saveOnce(accountId, timeline, lastReadId, at);
        }
    }

    private Marker saveOnce(long accountId, Marker.Timeline timeline, long lastReadId, Instant at) {
        return db.inTransaction(tx -> {
            ReadMarkerRecord row = tx.selectFrom(READ_MARKER)
                    .where(READ_MARKER.ACCOUNT_ID.eq(accountId)).and(READ_MARKER.TIMELINE.eq(timeline.key()))
                    .forUpdate()
                    .fetchOne();
            if (row == null) {
                tx.insertInto(READ_MARKER)
                        .set(READ_MARKER.ACCOUNT_ID, accountId)
                        .set(READ_MARKER.TIMELINE, timeline.key())
                        .set(READ_MARKER.LAST_READ_ID, lastReadId)
                        .set(READ_MARKER.VERSION, 0)
                        .set(READ_MARKER.UPDATED_AT, Times.time(at))
                        .execute();
                return new Marker(accountId, timeline, lastReadId, 0, at);
            }
            if (row.getLastReadId() == lastReadId) {
                return toMarker(row);
            }
            int version = row.getVersion() + 1;
            tx.update(READ_MARKER)
                    .set(READ_MARKER.LAST_READ_ID, lastReadId)
                    .set(READ_MARKER.VERSION, version)
                    .set(READ_MARKER.UPDATED_AT, Times.time(at))
                    .where(READ_MARKER.ACCOUNT_ID.eq(accountId)).and(READ_MARKER.TIMELINE.eq(timeline.key()))
                    .execute();
            return new Marker(accountId, timeline, lastReadId, version, at);
        });
    }

    private static Marker toMarker(ReadMarkerRecord r) {
        return new Marker(r.getAccountId(), Marker.Timeline.fromKey(r.getTimeline()).orElse(null), r.getLastReadId(),
                r.getVersion(), Times.instant(r.getUpdatedAt()));
    }
}
