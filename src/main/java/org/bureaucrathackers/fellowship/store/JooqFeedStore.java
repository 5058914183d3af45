package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_TAG;

import java.util.List;
import org.bureaucrathackers.fellowship.post.FeedStore;
import org.bureaucrathackers.fellowship.post.Status;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The posts of RSS and Atom feeds: public, not boosts, not deleted, by accounts neither deleted nor suspended. */
public final class JooqFeedStore implements FeedStore {

    private final Database db;

    public JooqFeedStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Status> publicPostsOf(long accountId, int limit) {
        return newest(STATUS.ACCOUNT_ID.eq(accountId).and(StatusConditions.notReplyToOthers()), limit);
    }

    @Override
    public List<Status> publicTagged(String tag, int limit) {
        return newest(STATUS.ID.in(DSL.select(STATUS_TAG.STATUS_ID).from(STATUS_TAG).where(STATUS_TAG.NAME.eq(tag))),
                limit);
    }

    @Override
    public List<Status> publicAnnouncedBy(long announcerId, int limit) {
        var announce = STATUS.as("announce");
        return db.dsl().select(STATUS.fields()).from(STATUS)
                .join(announce).on(announce.REBLOG_OF_ID.eq(STATUS.ID))
                .join(ACCOUNT).on(ACCOUNT.ID.eq(STATUS.ACCOUNT_ID))
                .where(announce.ACCOUNT_ID.eq(announcerId)).and(announce.DELETED_AT.isNull())
                .and(listable())
                .orderBy(announce.ID.desc()).limit(limit)
                .fetch(r -> StatusRows.toStatus(r.into(STATUS)));
    }

    private List<Status> newest(Condition which, int limit) {
        return db.dsl().select(STATUS.fields()).from(STATUS)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(STATUS.ACCOUNT_ID))
                .where(which)
                .and(listable())
                .orderBy(STATUS.ID.desc()).limit(limit)
                .fetch(r -> StatusRows.toStatus(r.into(STATUS)));
    }

    /** Public, not a boost, not deleted, by an account neither deleted nor suspended. */
    private static Condition listable() {
        return STATUS.VISIBILITY.eq(Status.Visibility.PUBLIC.stored())
                .and(STATUS.DELETED_AT.isNull()).and(STATUS.REBLOG_OF_ID.isNull())
                .and(ACCOUNT.DELETED_AT.isNull()).and(ACCOUNT.SUSPENDED_AT.isNull());
    }
}
