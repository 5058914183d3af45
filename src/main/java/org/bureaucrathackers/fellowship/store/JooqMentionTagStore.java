package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_MENTION;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_TAG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.post.MentionTagStore;

/** Mentions and hashtags of statuses, in the status_mention and status_tag tables. */
public final class JooqMentionTagStore implements MentionTagStore {

    private final Database db;

    public JooqMentionTagStore(Database db) {
        this.db = db;
    }

    @Override
    public void replaceMentions(long statusId, List<Long> accountIds) {
        db.inTransaction(tx -> {
            tx.deleteFrom(STATUS_MENTION).where(STATUS_MENTION.STATUS_ID.eq(statusId)).execute();
            for (Long accountId : new LinkedHashSet<>(accountIds)) {
                tx.insertInto(STATUS_MENTION)
                        .set(STATUS_MENTION.STATUS_ID, statusId)
                        .set(STATUS_MENTION.ACCOUNT_ID, accountId)
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<Long> mentionedAccountIds(long statusId) {
        return db.dsl().select(STATUS_MENTION.ACCOUNT_ID).from(STATUS_MENTION)
                .where(STATUS_MENTION.STATUS_ID.eq(statusId))
                .orderBy(STATUS_MENTION.ACCOUNT_ID.asc())
                .fetch(STATUS_MENTION.ACCOUNT_ID);
    }

    @Override
    public boolean mentions(long statusId, long accountId) {
        return db.dsl().fetchExists(STATUS_MENTION, STATUS_MENTION.STATUS_ID.eq(statusId)
                .and(STATUS_MENTION.ACCOUNT_ID.eq(accountId)));
    }

    @Override
    public Map<Long, List<Long>> mentionsOf(Collection<Long> statusIds) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (List<Long> chunk : StatusRows.chunks(statusIds)) {
            db.dsl().select(STATUS_MENTION.STATUS_ID, STATUS_MENTION.ACCOUNT_ID).from(STATUS_MENTION)
                    .where(STATUS_MENTION.STATUS_ID.in(chunk))
                    .orderBy(STATUS_MENTION.STATUS_ID, STATUS_MENTION.ACCOUNT_ID)
                    .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return result;
    }

    @Override
    public void replaceTags(long statusId, List<String> names) {
        db.inTransaction(tx -> {
            tx.deleteFrom(STATUS_TAG).where(STATUS_TAG.STATUS_ID.eq(statusId)).execute();
            for (String name : new LinkedHashSet<>(names)) {
                tx.insertInto(STATUS_TAG).set(STATUS_TAG.STATUS_ID, statusId).set(STATUS_TAG.NAME, name).execute();
            }
            return null;
        });
    }

    @Override
    public List<String> tags(long statusId) {
        return db.dsl().select(STATUS_TAG.NAME).from(STATUS_TAG)
                .where(STATUS_TAG.STATUS_ID.eq(statusId))
                .orderBy(STATUS_TAG.NAME.asc())
                .fetch(STATUS_TAG.NAME);
    }

    @Override
    public Map<Long, List<String>> tagsOf(Collection<Long> statusIds) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        for (List<Long> chunk : StatusRows.chunks(statusIds)) {
            db.dsl().select(STATUS_TAG.STATUS_ID, STATUS_TAG.NAME).from(STATUS_TAG)
                    .where(STATUS_TAG.STATUS_ID.in(chunk))
                    .orderBy(STATUS_TAG.STATUS_ID, STATUS_TAG.NAME)
                    .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return result;
    }
}
