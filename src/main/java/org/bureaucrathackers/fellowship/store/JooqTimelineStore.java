package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_ATTACHMENT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_PIN;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_TAG;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.AccountStatusFilter;
import org.bureaucrathackers.fellowship.post.PublicTimeline;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.TimelineStore;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** Lists of statuses: timelines, an account's statuses and pins, replies. */
public final class JooqTimelineStore implements TimelineStore {

    private final Database db;

    public JooqTimelineStore(Database db) {
        this.db = db;
    }

    @Override
    public long countOpen(long accountId) {
        return db.dsl().fetchCount(STATUS, openOf(accountId));
    }

    @Override
    public Map<Long, Long> openCounts(Collection<Long> accountIds) {
        return StatusRows.countsBy(db, STATUS.ACCOUNT_ID, accountIds, openCondition());
    }

    @Override
    public Map<Long, java.time.Instant> newestOpenAt(Collection<Long> accountIds) {
        Map<Long, java.time.Instant> newest = new java.util.HashMap<>();
        var byAccount = DSL.select(STATUS.ACCOUNT_ID, DSL.max(STATUS.ID).as("newest_id"));
        for (List<Long> chunk : StatusRows.chunks(accountIds)) {
            var newestIds = byAccount.from(STATUS)
                    .where(STATUS.ACCOUNT_ID.in(chunk)).and(openCondition())
                    .groupBy(STATUS.ACCOUNT_ID).asTable("newest_open");
            db.dsl().select(STATUS.ACCOUNT_ID, STATUS.CREATED_AT).from(STATUS)
                    .join(newestIds).on(STATUS.ID.eq(newestIds.field("newest_id", Long.class)))
                    .fetch().forEach(r -> newest.put(r.value1(), Times.instant(r.value2())));
        }
        return newest;
    }

    @Override
    public Slice<Status> openByAccount(long accountId, PageRequest page) {
        return StatusPages.pageOf(db, openOf(accountId), page);
    }

    @Override
    public List<Status> openPostsByAccount(long accountId, int limit) {
        return db.dsl().selectFrom(STATUS)
                .where(openOf(accountId)).and(STATUS.REBLOG_OF_ID.isNull())
                .orderBy(STATUS.ID.desc()).limit(limit)
                .fetch(StatusRows::toStatus);
    }

    @Override
    public List<Status> publicLocalPosts(int limit) {
        return db.dsl().select(STATUS.fields()).from(STATUS)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(STATUS.ACCOUNT_ID))
                .where(ACCOUNT.DOMAIN.eq("")).and(ACCOUNT.DELETED_AT.isNull())
                .and(STATUS.VISIBILITY.eq(Status.Visibility.PUBLIC.stored()))
                .and(STATUS.DELETED_AT.isNull())
                .and(STATUS.REBLOG_OF_ID.isNull()).and(STATUS.IN_REPLY_TO_URI.isNull())
                .orderBy(STATUS.ID.desc()).limit(limit)
                .fetch(r -> StatusRows.toStatus(r.into(STATUS)));
    }

    @Override
    public Slice<Status> openLocalReplies(long statusId, PageRequest page) {
        Condition filter = STATUS.IN_REPLY_TO_ID.eq(statusId).and(STATUS.VISIBILITY.in(StatusConditions.OPEN))
                .and(STATUS.DELETED_AT.isNull())
                .and(STATUS.ACCOUNT_ID.in(db.dsl().select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.DOMAIN.eq(""))));
        return StatusPages.pageOf(db, filter, page);
    }

    @Override
    public List<Status> pinned(long accountId, int limit) {
        return db.dsl().select(STATUS.fields()).from(STATUS_PIN)
                .join(STATUS).on(STATUS.ID.eq(STATUS_PIN.STATUS_ID))
                .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(openOf(accountId))
                .and(STATUS.REBLOG_OF_ID.isNull())
                .orderBy(STATUS_PIN.ID.desc())
                .limit(limit)
                .fetch(r -> StatusRows.toStatus(r.into(STATUS)));
    }

    @Override
    public Slice<Status> home(long accountId, PageRequest page) {
        return StatusPages.withOriginals(db, inHomeOf(accountId), page);
    }

    @Override
    public boolean inHome(long accountId, long statusId) {
        return db.dsl().fetchExists(StatusPages.joined(db.dsl().selectOne()).where(inHomeOf(accountId)).and(STATUS.ID.eq(statusId)));
    }

    /** What the home timeline of {@code accountId} shows (needs {@link StatusConditions#ORIGINAL} left-joined). */
    private static Condition inHomeOf(long accountId) {
        Condition followed = StatusConditions.followedBy(accountId)
                .and(STATUS.VISIBILITY.ne(Status.Visibility.DIRECT.stored()));
        // Muted accounts and the boosts of follows whose boosts are hidden stay out of home.
        Condition others = followed.or(StatusConditions.mentions(accountId))
                .and(StatusConditions.notBlocked(STATUS.ACCOUNT_ID, accountId))
                .andNot(JooqMuteStore.mutedBy(accountId, STATUS.ACCOUNT_ID, java.time.Instant.now()))
                .andNot(STATUS.REBLOG_OF_ID.isNotNull()
                        .and(JooqFollowStore.boostsHiddenBy(accountId, STATUS.ACCOUNT_ID)));
        Condition mine = STATUS.ACCOUNT_ID.eq(accountId).or(others);
        return STATUS.DELETED_AT.isNull().and(mine).and(StatusConditions.originalNotBlocked(accountId));
    }

    @Override
    public Slice<Status> publicTimeline(PublicTimeline timeline, Long viewerId, PageRequest page) {
        Condition filter = STATUS.VISIBILITY.eq(Status.Visibility.PUBLIC.stored())
                .and(STATUS.DELETED_AT.isNull())
                .and(STATUS.REBLOG_OF_ID.isNull())
                .and(STATUS.ACCOUNT_ID.in(DSL.select(ACCOUNT.ID).from(ACCOUNT)
                        .where(ACCOUNT.DELETED_AT.isNull()).and(origin(timeline.origin()))));
        if (viewerId != null) {
            filter = filter.and(StatusConditions.notBlocked(STATUS.ACCOUNT_ID, viewerId));
        }
        if (!timeline.withReplies()) {
            filter = filter.and(StatusConditions.notReplyToOthers());
        }
        if (timeline.onlyMedia()) {
            filter = filter.and(hasMedia(STATUS.ID));
        }
        if (!timeline.anyTags().isEmpty()) {
            filter = filter.and(taggedWithAny(timeline.anyTags()));
        }
        for (String tag : timeline.allTags()) {
            filter = filter.and(taggedWithAny(List.of(tag)));
        }
        if (!timeline.noneTags().isEmpty()) {
            filter = filter.andNot(taggedWithAny(timeline.noneTags()));
        }
        return StatusPages.pageOf(db, filter, page);
    }

    @Override
    public Slice<Status> byAccount(long accountId, Long viewerId, AccountStatusFilter f, PageRequest page) {
        Condition filter = STATUS.ACCOUNT_ID.eq(accountId).and(STATUS.DELETED_AT.isNull())
                .and(StatusConditions.visibleTo(viewerId))
                .and(StatusConditions.originalNotBlocked(viewerId));
        if (f.excludeReplies()) {
            filter = filter.and(StatusConditions.notReplyToOthers());
        }
        if (f.excludeReblogs()) {
            filter = filter.and(STATUS.REBLOG_OF_ID.isNull());
        }
        if (f.onlyMedia()) {
            filter = filter.and(hasMedia(DSL.coalesce(STATUS.REBLOG_OF_ID, STATUS.ID)));
        }
        if (f.tagged() != null) {
            filter = filter.and(taggedWithAny(List.of(f.tagged())));
        }
        return StatusPages.withOriginals(db, filter, page);
    }

    @Override
    public List<Status> pinnedVisible(long accountId, Long viewerId, int limit) {
        return db.dsl().select(STATUS.fields()).from(STATUS_PIN)
                .join(STATUS).on(STATUS.ID.eq(STATUS_PIN.STATUS_ID))
                .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(STATUS.ACCOUNT_ID.eq(accountId))
                .and(STATUS.DELETED_AT.isNull()).and(StatusConditions.visibleTo(viewerId))
                .orderBy(STATUS_PIN.ID.desc())
                .limit(limit)
                .fetch(r -> StatusRows.toStatus(r.into(STATUS)));
    }

    @Override
    public List<Status> repliesTo(Collection<Long> parentIds, int limit) {
        List<Status> replies = new ArrayList<>();
        for (List<Long> chunk : StatusRows.chunks(parentIds)) {
            if (replies.size() >= limit) {
                break;
            }
            replies.addAll(db.dsl().selectFrom(STATUS)
                    .where(STATUS.IN_REPLY_TO_ID.in(chunk)).and(STATUS.DELETED_AT.isNull())
                    .orderBy(STATUS.ID.asc()).limit(limit - replies.size())
                    .fetch(StatusRows::toStatus));
        }
        return replies;
    }

    @Override
    public Map<Long, Long> replyCounts(Collection<Long> statusIds) {
        return StatusRows.countsBy(db, STATUS.IN_REPLY_TO_ID, statusIds,
                STATUS.VISIBILITY.ne(Status.Visibility.DIRECT.stored()).and(STATUS.DELETED_AT.isNull()));
    }

    private static Condition origin(PublicTimeline.Origin origin) {
        return switch (origin) {
            case ALL -> DSL.noCondition();
            case LOCAL -> ACCOUNT.DOMAIN.eq("");
            case REMOTE -> ACCOUNT.DOMAIN.ne("");
        };
    }

    private static Condition hasMedia(Field<Long> statusId) {
        return DSL.exists(DSL.selectOne().from(STATUS_ATTACHMENT).where(STATUS_ATTACHMENT.STATUS_ID.eq(statusId)));
    }

    private static Condition taggedWithAny(List<String> names) {
        return STATUS.ID.in(DSL.select(STATUS_TAG.STATUS_ID).from(STATUS_TAG).where(STATUS_TAG.NAME.in(names)));
    }

    /** Statuses of the account that anyone may see: public or unlisted, not deleted. */
    private static Condition openOf(long accountId) {
        return STATUS.ACCOUNT_ID.eq(accountId).and(openCondition());
    }

    /** Public or unlisted, not deleted: what an account's counts and open listings take. */
    private static Condition openCondition() {
        return STATUS.VISIBILITY.in(StatusConditions.OPEN).and(STATUS.DELETED_AT.isNull());
    }
}
