package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.TOMBSTONE;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.post.TombstoneStore;

public final class JooqTombstoneStore implements TombstoneStore {

    private final Database db;

    public JooqTombstoneStore(Database db) {
        this.db = db;
    }

    @Override
    public void remember(String uri, String actorUri, Instant deletedAt) {
        // A repeated Delete must neither fail nor move the first deletion time.
        db.dsl().insertInto(TOMBSTONE)
                .set(TOMBSTONE.URI, uri)
                .set(TOMBSTONE.ACTOR_URI, actorUri)
                .set(TOMBSTONE.DELETED_AT, Times.time(deletedAt))
                .onDuplicateKeyIgnore()
                .execute();
    }

    @Override
    public Optional<Instant> deletedAt(String uri) {
        return db.dsl().select(TOMBSTONE.DELETED_AT).from(TOMBSTONE).where(TOMBSTONE.URI.eq(uri))
                .fetchOptional(r -> Times.instant(r.value1()));
    }
}
