package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_PIN;

import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.StatusRecord;
import org.jooq.Condition;

public final class JooqStatusStore implements StatusStore {

    private static final List<String> OPEN = List.of(Status.Visibility.PUBLIC.stored(),
            Status.Visibility.UNLISTED.stored());

    private final Database db;

    public JooqStatusStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Status s) {
        db.dsl().insertInto(STATUS)
                .set(STATUS.ID, s.id())
                .set(STATUS.ACCOUNT_ID, s.accountId())
                .set(STATUS.URI, s.uri())
                .set(STATUS.URL, s.url())
                .set(STATUS.VISIBILITY, s.visibility().stored())
                .set(STATUS.CONTENT_HTML, s.contentHtml())
                .set(STATUS.LANGUAGE, s.language())
                .set(STATUS.IN_REPLY_TO_URI, s.inReplyToUri())
                .set(STATUS.CREATED_AT, JooqAccountStore.time(s.createdAt()))
                .execute();
    }

    @Override
    public long countOpen(long accountId) {
        return db.dsl().fetchCount(STATUS, openOf(accountId));
    }

    @Override
    public Slice<Status> openByAccount(long accountId, PageRequest page) {
        Condition filter = openOf(accountId);
        return KeysetPages.page(page, STATUS.ID, Status::id,
                (range, order, limit) -> db.dsl().selectFrom(STATUS)
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(JooqStatusStore::toStatus),
                extra -> db.dsl().fetchExists(STATUS, filter.and(extra)));
    }

    @Override
    public void pin(long pinId, long accountId, long statusId, Instant pinnedAt) {
        db.dsl().insertInto(STATUS_PIN)
                .set(STATUS_PIN.ID, pinId)
                .set(STATUS_PIN.ACCOUNT_ID, accountId)
                .set(STATUS_PIN.STATUS_ID, statusId)
                .set(STATUS_PIN.CREATED_AT, JooqAccountStore.time(pinnedAt))
                .execute();
    }

    @Override
    public List<Status> pinned(long accountId, int limit) {
        return db.dsl().select(STATUS.fields()).from(STATUS_PIN)
                .join(STATUS).on(STATUS.ID.eq(STATUS_PIN.STATUS_ID))
                .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(openOf(accountId))
                .orderBy(STATUS_PIN.ID.desc())
                .limit(limit)
                .fetch(r -> toStatus(r.into(STATUS)));
    }

    /** Statuses of the account that anyone may see: public or unlisted, not deleted. */
    private static Condition openOf(long accountId) {
        return STATUS.ACCOUNT_ID.eq(accountId).and(STATUS.VISIBILITY.in(OPEN)).and(STATUS.DELETED_AT.isNull());
    }

    private static Status toStatus(StatusRecord r) {
        return new Status(r.getId(), r.getAccountId(), r.getUri(), r.getUrl(),
                Status.Visibility.fromStored(r.getVisibility()), r.getContentHtml(), r.getLanguage(),
                r.getInReplyToUri(), JooqAccountStore.instant(r.getCreatedAt()));
    }
}
