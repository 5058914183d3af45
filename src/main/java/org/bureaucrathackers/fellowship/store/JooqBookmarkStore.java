package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.BOOKMARK;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.ids.Ids;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Bookmark;
import org.bureaucrathackers.fellowship.post.BookmarkStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.BookmarkRecord;
import org.jooq.Condition;

public final class JooqBookmarkStore implements BookmarkStore {

    /** Ids per IN list, well below every driver's parameter limit. */
    private static final int CHUNK = 500;

    private final Database db;

    public JooqBookmarkStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean insert(Bookmark b) {
        return db.dsl().insertInto(BOOKMARK)
                .set(BOOKMARK.ID, b.id())
                .set(BOOKMARK.ACCOUNT_ID, b.accountId())
                .set(BOOKMARK.STATUS_ID, b.statusId())
                .set(BOOKMARK.CREATED_AT, Times.time(b.createdAt()))
                .onConflictDoNothing()
                .execute() > 0;
    }

    @Override
    public Optional<Bookmark> find(long accountId, long statusId) {
        return db.dsl().selectFrom(BOOKMARK)
                .where(BOOKMARK.ACCOUNT_ID.eq(accountId)).and(BOOKMARK.STATUS_ID.eq(statusId))
                .fetchOptional(JooqBookmarkStore::toBookmark);
    }

    @Override
    public void delete(long bookmarkId) {
        db.dsl().deleteFrom(BOOKMARK).where(BOOKMARK.ID.eq(bookmarkId)).execute();
    }

    @Override
    public Set<Long> bookmarkedAmong(long accountId, Collection<Long> statusIds) {
        Set<Long> result = new HashSet<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(statusIds));
        for (int i = 0; i < ids.size(); i += CHUNK) {
            result.addAll(db.dsl().select(BOOKMARK.STATUS_ID).from(BOOKMARK)
                    .where(BOOKMARK.ACCOUNT_ID.eq(accountId))
                    .and(BOOKMARK.STATUS_ID.in(ids.subList(i, Math.min(ids.size(), i + CHUNK))))
                    .fetch(BOOKMARK.STATUS_ID));
        }
        return result;
    }

    @Override
    public Slice<Bookmark> byAccount(long accountId, PageRequest page) {
        Condition filter = BOOKMARK.ACCOUNT_ID.eq(accountId);
        return KeysetPages.page(page, BOOKMARK.ID, Bookmark::id,
                (range, order, limit) -> db.dsl().selectFrom(BOOKMARK).where(filter).and(range)
                        .orderBy(order).limit(limit).fetch(JooqBookmarkStore::toBookmark),
                extra -> db.dsl().fetchExists(BOOKMARK, filter.and(extra)));
    }

    private static Bookmark toBookmark(BookmarkRecord r) {
        return new Bookmark(r.getId(), r.getAccountId(), r.getStatusId(), Times.instant(r.getCreatedAt()));
    }
}
