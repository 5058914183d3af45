package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.CONTENT_FILTER;
import static org.bureaucrathackers.fellowship.store.schema.Tables.CONTENT_FILTER_KEYWORD;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bureaucrathackers.fellowship.reading.ContentFilter;
import org.bureaucrathackers.fellowship.reading.FilterStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.ContentFilterRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

public final class JooqFilterStore implements FilterStore {

    private final Database db;

    public JooqFilterStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(ContentFilter filter) {
        db.inTransaction(tx -> {
            tx.insertInto(CONTENT_FILTER)
                    .set(CONTENT_FILTER.ID, filter.id())
                    .set(CONTENT_FILTER.ACCOUNT_ID, filter.accountId())
                    .set(CONTENT_FILTER.TITLE, filter.title())
                    .set(CONTENT_FILTER.CONTEXTS, contexts(filter.contexts()))
                    .set(CONTENT_FILTER.FILTER_ACTION, filter.action().key())
                    .set(CONTENT_FILTER.EXPIRES_AT, Times.time(filter.expiresAt()))
                    .set(CONTENT_FILTER.CREATED_AT, Times.time(filter.createdAt()))
                    .execute();
            insertKeywords(tx, filter);
            return null;
        });
    }

    @Override
    public void replace(ContentFilter filter) {
        db.inTransaction(tx -> {
            tx.update(CONTENT_FILTER)
                    .set(CONTENT_FILTER.TITLE, filter.title())
                    .set(CONTENT_FILTER.CONTEXTS, contexts(filter.contexts()))
                    .set(CONTENT_FILTER.FILTER_ACTION, filter.action().key())
                    .set(CONTENT_FILTER.EXPIRES_AT, Times.time(filter.expiresAt()))
                    .where(CONTENT_FILTER.ID.eq(filter.id()))
                    .execute();
            tx.deleteFrom(CONTENT_FILTER_KEYWORD).where(CONTENT_FILTER_KEYWORD.FILTER_ID.eq(filter.id())).execute();
            insertKeywords(tx, filter);
            return null;
        });
    }

    @Override
    public void delete(long filterId) {
        db.dsl().deleteFrom(CONTENT_FILTER).where(CONTENT_FILTER.ID.eq(filterId)).execute();
    }

    @Override
    public Optional<ContentFilter> find(long filterId) {
        return load(CONTENT_FILTER.ID.eq(filterId), 1).stream().findFirst();
    }

    @Override
    public List<ContentFilter> ofOwner(long ownerId, int limit) {
        return load(CONTENT_FILTER.ACCOUNT_ID.eq(ownerId), limit);
    }

    @Override
    public long countOfOwner(long ownerId) {
        return db.dsl().fetchCount(CONTENT_FILTER, CONTENT_FILTER.ACCOUNT_ID.eq(ownerId));
    }

    /** The filters matching, oldest first, each with its keywords (two queries in all). */
    private List<ContentFilter> load(Condition condition, int limit) {
        List<ContentFilterRecord> rows = db.dsl().selectFrom(CONTENT_FILTER).where(condition)
                .orderBy(CONTENT_FILTER.ID.asc()).limit(limit).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ContentFilter.Keyword>> keywords = new LinkedHashMap<>();
        rows.forEach(r -> keywords.put(r.getId(), new ArrayList<>()));
        db.dsl().selectFrom(CONTENT_FILTER_KEYWORD)
                .where(CONTENT_FILTER_KEYWORD.FILTER_ID.in(keywords.keySet()))
                .orderBy(CONTENT_FILTER_KEYWORD.ID.asc())
                .forEach(k -> keywords.get(k.getFilterId())
                        .add(new ContentFilter.Keyword(k.getId(), k.getKeyword(), Boolean.TRUE.equals(k.getWholeWord()))));
        return rows.stream().map(r -> new ContentFilter(r.getId(), r.getAccountId(), r.getTitle(),
                contexts(r.getContexts()), ContentFilter.Action.fromKey(r.getFilterAction()).orElse(ContentFilter.Action.WARN),
                Times.instant(r.getExpiresAt()), Times.instant(r.getCreatedAt()),
                keywords.get(r.getId()))).toList();
    }

    private static void insertKeywords(DSLContext tx, ContentFilter filter) {
        for (ContentFilter.Keyword keyword : filter.keywords()) {
            tx.insertInto(CONTENT_FILTER_KEYWORD)
                    .set(CONTENT_FILTER_KEYWORD.ID, keyword.id())
                    .set(CONTENT_FILTER_KEYWORD.FILTER_ID, filter.id())
                    .set(CONTENT_FILTER_KEYWORD.KEYWORD, keyword.keyword())
                    .set(CONTENT_FILTER_KEYWORD.WHOLE_WORD, keyword.wholeWord())
                    .execute();
        }
    }

    /** Contexts as stored: their names, space-separated, in the enum's order. */
    private static String contexts(Set<ContentFilter.Context> contexts) {
        return contexts.stream().sorted().map(ContentFilter.Context::key).collect(Collectors.joining(" "));
    }

    private static Set<ContentFilter.Context> contexts(String stored) {
        Set<ContentFilter.Context> contexts = EnumSet.noneOf(ContentFilter.Context.class);
        for (String name : stored.split(" ")) {
            ContentFilter.Context.fromKey(name).ifPresent(contexts::add);
        }
        return contexts;
    }
}
