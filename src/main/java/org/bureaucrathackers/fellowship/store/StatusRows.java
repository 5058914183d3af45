package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.Times.instant;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.store.schema.tables.records.StatusRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/** The mapping of a status row, shared by every store that reads statuses, and the batching of id lists. */
final class StatusRows {

    /** Ids per IN list, well below every driver's parameter limit. */
    private static final int CHUNK = 500;

    private StatusRows() {
    }

    static Status toStatus(StatusRecord r) {
        return new Status(r.getId(), r.getAccountId(), r.getUri(), r.getUrl(),
                Status.Visibility.fromStored(r.getVisibility()), r.getContentHtml(), r.getLanguage(),
                r.getInReplyToUri(), instant(r.getCreatedAt()), r.getSpoilerText(),
                Boolean.TRUE.equals(r.getSensitive()), r.getContentSource(), r.getInReplyToId(),
                r.getInReplyToAccountId(), r.getConversationUri(), r.getReblogOfId(),
                instant(r.getEditedAt()));
    }

    /** The distinct ids in slices small enough for one IN list each. */
    static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** Statuses per {@code key} among {@code statusIds} that meet {@code condition}, for keys that have any. */
    static Map<Long, Long> countsBy(Database db, Field<Long> key, Collection<Long> statusIds, Condition condition) {
        Map<Long, Long> result = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(statusIds)) {
            for (Record2<Long, Integer> r : db.dsl().select(key, DSL.count()).from(STATUS)
                    .where(key.in(chunk)).and(condition)
                    .groupBy(key).fetch()) {
                result.put(r.value1(), r.value2().longValue());
            }
        }
        return result;
    }
}
