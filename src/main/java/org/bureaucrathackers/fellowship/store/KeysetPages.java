package org.bureaucrathackers.fellowship.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Cursor paging over an id column, newest first, without OFFSET (stable while rows are added). */
final class KeysetPages {

    /** Fetches at most {@code limit} rows matching {@code range}, in {@code order}. */
    interface Fetch<T> {
        List<T> rows(Condition range, SortField<Long> order, int limit);
    }

    private KeysetPages() {
    }

    /**
     * @param exists whether any row matches the given extra condition (with the same base filter as fetch)
     */
    static <T> Slice<T> page(PageRequest request, Field<Long> id, ToLongFunction<T> idOf, Fetch<T> fetch,
                             Predicate<Condition> exists) {
        int limit = request.limit();
        Condition below = request.maxId() == null ? DSL.noCondition() : id.lt(request.maxId());
        if (request.minId() != null) {
            List<T> rows = new ArrayList<>(fetch.rows(id.gt(request.minId()).and(below), id.asc(), limit + 1));
            boolean hasNewer = rows.size() > limit || request.maxId() != null && !rows.isEmpty()
                    && exists.test(id.ge(request.maxId()));
            List<T> items = new ArrayList<>(rows.subList(0, Math.min(limit, rows.size())));
            Collections.reverse(items);
            boolean hasOlder = !items.isEmpty() && exists.test(id.lt(idOf.applyAsLong(items.get(items.size() - 1))));
            return new Slice<>(items, hasOlder, hasNewer);
        }
        Condition range = request.sinceId() == null ? below : below.and(id.gt(request.sinceId()));
        List<T> rows = fetch.rows(range, id.desc(), limit + 1);
        boolean hasOlder = rows.size() > limit
                || request.sinceId() != null && !rows.isEmpty() && exists.test(id.le(request.sinceId()));
        List<T> items = rows.subList(0, Math.min(limit, rows.size()));
        boolean hasNewer = request.maxId() != null && !items.isEmpty()
                && exists.test(id.gt(idOf.applyAsLong(items.get(0))));
        return new Slice<>(items, hasOlder, hasNewer);
    }
}
