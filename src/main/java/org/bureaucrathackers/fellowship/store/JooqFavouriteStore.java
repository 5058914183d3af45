package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.FAVOURITE;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Favourite;
import org.bureaucrathackers.fellowship.post.FavouriteStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.FavouriteRecord;
import org.jooq.Condition;
import org.jooq.impl.DSL;

public final class JooqFavouriteStore implements FavouriteStore {

    /** Ids per IN list, well below every driver's parameter limit. */
    private static final int CHUNK = 500;

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
                .set(FAVOURITE.CREATED_AT, Times.time(f.createdAt()))
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

    @Override
    public Map<Long, Long> counts(Collection<Long> statusIds) {
        Map<Long, Long> result = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(statusIds));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            db.dsl().select(FAVOURITE.STATUS_ID, DSL.count()).from(FAVOURITE)
                    .where(FAVOURITE.STATUS_ID.in(ids.subList(i, Math.min(ids.size(), i + CHUNK))))
                    .groupBy(FAVOURITE.STATUS_ID)
                    .forEach(r -> result.put(r.value1(), r.value2().longValue()));
        }
        return result;
    }

    @Override
    public Set<Long> likedAmong(long accountId, Collection<Long> statusIds) {
        Set<Long> result = new HashSet<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(statusIds));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            result.addAll(db.dsl().select(FAVOURITE.STATUS_ID).from(FAVOURITE)
                    .where(FAVOURITE.ACCOUNT_ID.eq(accountId))
                    .and(FAVOURITE.STATUS_ID.in(ids.subList(i, Math.min(ids.size(), i + CHUNK))))
                    .fetch(FAVOURITE.STATUS_ID));
        }
        return result;
    }

    @Override
    public Slice<Favourite> byAccount(long accountId, PageRequest page) {
        return pageOf(FAVOURITE.ACCOUNT_ID.eq(accountId), page);
    }

    @Override
    public Slice<Favourite> ofStatus(long statusId, PageRequest page) {
        return pageOf(FAVOURITE.STATUS_ID.eq(statusId), page);
    }

    private Slice<Favourite> pageOf(Condition filter, PageRequest page) {
        return KeysetPages.page(page, FAVOURITE.ID, Favourite::id,
                (range, order, limit) -> db.dsl().selectFrom(FAVOURITE).where(filter).and(range)
                        .orderBy(order).limit(limit).fetch(JooqFavouriteStore::toFavourite),
                extra -> db.dsl().fetchExists(FAVOURITE, filter.and(extra)));
    }

    private static Favourite toFavourite(FavouriteRecord r) {
        return new Favourite(r.getId(), r.getAccountId(), r.getStatusId(), r.getUri(),
                Times.instant(r.getCreatedAt()));
    }
}
