package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.FAVOURITE;

import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.post.Favourite;
import org.bureaucrathackers.fellowship.post.FavouriteStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.FavouriteRecord;

public final class JooqFavouriteStore implements FavouriteStore {

    private final Database db;

    public JooqFavouriteStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Favourite f) {
        db.dsl().insertInto(FAVOURITE)
                .set(FAVOURITE.ID, f.id())
                .set(FAVOURITE.ACCOUNT_ID, f.accountId())
                .set(FAVOURITE.STATUS_ID, f.statusId())
                .set(FAVOURITE.URI, f.uri())
                .set(FAVOURITE.CREATED_AT, JooqAccountStore.time(f.createdAt()))
                .execute();
    }

    @Override
    public Optional<Favourite> find(long accountId, long statusId) {
        return db.dsl().selectFrom(FAVOURITE)
                .where(FAVOURITE.ACCOUNT_ID.eq(accountId)).and(FAVOURITE.STATUS_ID.eq(statusId))
                .fetchOptional(JooqFavouriteStore::toFavourite);
    }

    @Override
    public Optional<Favourite> findByUri(String uri) {
        return db.dsl().selectFrom(FAVOURITE).where(FAVOURITE.URI.eq(uri))
                .fetchOptional(JooqFavouriteStore::toFavourite);
    }

    @Override
    public void delete(long favouriteId) {
        db.dsl().deleteFrom(FAVOURITE).where(FAVOURITE.ID.eq(favouriteId)).execute();
    }

    @Override
    public long count(long statusId) {
        return db.dsl().fetchCount(FAVOURITE, FAVOURITE.STATUS_ID.eq(statusId));
    }

    @Override
    public List<Long> likerIds(long statusId, int limit) {
        return db.dsl().select(FAVOURITE.ACCOUNT_ID).from(FAVOURITE)
                .where(FAVOURITE.STATUS_ID.eq(statusId))
                .orderBy(FAVOURITE.ID.asc()).limit(limit)
                .fetch(FAVOURITE.ACCOUNT_ID);
    }

    private static Favourite toFavourite(FavouriteRecord r) {
        return new Favourite(r.getId(), r.getAccountId(), r.getStatusId(), r.getUri(),
                JooqAccountStore.instant(r.getCreatedAt()));
    }
}
