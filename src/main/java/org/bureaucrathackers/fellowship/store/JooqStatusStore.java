package org.bureaucrathackers.fellowship.store;

import org.bureaucrathackers.fellowship.ids.Ids;

import org.bureaucrathackers.fellowship.paging.PageRequest;

import org.bureaucrathackers.fellowship.paging.Slice;

import static org.bureaucrathackers.fellowship.store.StatusConditions.ORIGINAL;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_ATTACHMENT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_MENTION;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_PIN;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_TAG;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.post.AccountStatusFilter;
import org.bureaucrathackers.fellowship.post.Attachment;
import org.bureaucrathackers.fellowship.post.PublicTimeline;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.post.StatusStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.StatusRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;

public final class JooqStatusStore implements StatusStore {

    private static final List<String> OPEN = StatusConditions.OPEN;
    /** Ids per IN list, well below every driver's parameter limit. */
    private static final int CHUNK = 500;

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
                .set(STATUS.CREATED_AT, Times.time(s.createdAt()))
                .set(STATUS.SPOILER_TEXT, s.spoilerText())
                .set(STATUS.SENSITIVE, s.sensitive())
                .set(STATUS.CONTENT_SOURCE, s.contentSource())
                .set(STATUS.IN_REPLY_TO_ID, s.inReplyToId())
                .set(STATUS.IN_REPLY_TO_ACCOUNT_ID, s.inReplyToAccountId())
                .set(STATUS.CONVERSATION_URI, s.conversationUri())
                .set(STATUS.REBLOG_OF_ID, s.reblogOfId())
                .set(STATUS.EDITED_AT, Times.time(s.editedAt()))
                .execute();
    }

    @Override
    public void update(Status s) {
        db.dsl().update(STATUS)
                .set(STATUS.CONTENT_HTML, s.contentHtml())
                .set(STATUS.CONTENT_SOURCE, s.contentSource())
                .set(STATUS.SPOILER_TEXT, s.spoilerText())
                .set(STATUS.SENSITIVE, s.sensitive())
                .set(STATUS.LANGUAGE, s.language())
                .set(STATUS.EDITED_AT, Times.time(s.editedAt()))
                .where(STATUS.ID.eq(s.id()))
                .execute();
    }

    @Override
    public void delete(long statusId) {
        db.dsl().deleteFrom(STATUS).where(STATUS.ID.eq(statusId)).execute();
    }

    @Override
    public Optional<Status> findById(long statusId) {
        return db.dsl().selectFrom(STATUS).where(STATUS.ID.eq(statusId)).and(STATUS.DELETED_AT.isNull())
                .fetchOptional(JooqStatusStore::toStatus);
    }

    @Override
    public Optional<Status> findByUri(String uri) {
        return db.dsl().selectFrom(STATUS).where(STATUS.URI.eq(uri)).and(STATUS.DELETED_AT.isNull())
                .fetchOptional(JooqStatusStore::toStatus);
    }

    @Override
    public Optional<Status> findBoost(long accountId, long statusId) {
        return db.dsl().selectFrom(STATUS)
                .where(STATUS.ACCOUNT_ID.eq(accountId)).and(STATUS.REBLOG_OF_ID.eq(statusId))
                .fetchOptional(JooqStatusStore::toStatus);
    }

    @Override
    public long countOpen(long accountId) {
        return db.dsl().fetchCount(STATUS, openOf(accountId));
    }

    @Override
    public Slice<Status> openByAccount(long accountId, PageRequest page) {
        return pageOf(openOf(accountId), page);
    }

    @Override
    public List<Status> openPostsByAccount(long accountId, int limit) {
        return db.dsl().selectFrom(STATUS)
                .where(openOf(accountId)).and(STATUS.REBLOG_OF_ID.isNull())
                .orderBy(STATUS.ID.desc()).limit(limit)
                .fetch(JooqStatusStore::toStatus);
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
                .fetch(r -> toStatus(r.into(STATUS)));
    }

    @Override
    public Slice<Status> openLocalReplies(long statusId, PageRequest page) {
        Condition filter = STATUS.IN_REPLY_TO_ID.eq(statusId).and(STATUS.VISIBILITY.in(OPEN))
                .and(STATUS.DELETED_AT.isNull())
                .and(STATUS.ACCOUNT_ID.in(db.dsl().select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.DOMAIN.eq(""))));
        return pageOf(filter, page);
    }

    @Override
    public List<Long> boosterIds(long statusId, int limit) {
        return db.dsl().select(STATUS.ACCOUNT_ID).from(STATUS)
                .where(STATUS.REBLOG_OF_ID.eq(statusId))
                .orderBy(STATUS.ID.asc()).limit(limit)
                .fetch(STATUS.ACCOUNT_ID);
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
    public void replaceAttachments(long statusId, List<Attachment> attachments) {
        db.inTransaction(tx -> {
            tx.deleteFrom(STATUS_ATTACHMENT).where(STATUS_ATTACHMENT.STATUS_ID.eq(statusId)).execute();
            int order = 0;
            for (Attachment a : attachments) {
                tx.insertInto(STATUS_ATTACHMENT)
                        .set(STATUS_ATTACHMENT.STATUS_ID, statusId)
                        .set(STATUS_ATTACHMENT.SORT_ORDER, order++)
                        .set(STATUS_ATTACHMENT.ATTACHMENT_TYPE, a.type())
                        .set(STATUS_ATTACHMENT.URL, a.url())
                        .set(STATUS_ATTACHMENT.MEDIA_TYPE, a.mediaType())
                        .set(STATUS_ATTACHMENT.DESCRIPTION, a.description())
                        .execute();
            }
            return null;
        });
    }

    @Override
    public List<Attachment> attachments(long statusId) {
        return db.dsl().selectFrom(STATUS_ATTACHMENT)
                .where(STATUS_ATTACHMENT.STATUS_ID.eq(statusId))
                .orderBy(STATUS_ATTACHMENT.SORT_ORDER.asc())
                .fetch(r -> new Attachment(r.getAttachmentType(), r.getUrl(), r.getMediaType(), r.getDescription()));
    }

    @Override
    public void pin(long pinId, long accountId, long statusId, Instant pinnedAt) {
        db.dsl().insertInto(STATUS_PIN)
                .set(STATUS_PIN.ID, pinId)
                .set(STATUS_PIN.ACCOUNT_ID, accountId)
                .set(STATUS_PIN.STATUS_ID, statusId)
                .set(STATUS_PIN.CREATED_AT, Times.time(pinnedAt))
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public List<Status> pinned(long accountId, int limit) {
        return db.dsl().select(STATUS.fields()).from(STATUS_PIN)
                .join(STATUS).on(STATUS.ID.eq(STATUS_PIN.STATUS_ID))
                .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(openOf(accountId))
                .and(STATUS.REBLOG_OF_ID.isNull())
                .orderBy(STATUS_PIN.ID.desc())
                .limit(limit)
                .fetch(r -> toStatus(r.into(STATUS)));
    }

    @Override
    public boolean unpin(long accountId, long statusId) {
        return db.dsl().deleteFrom(STATUS_PIN)
                .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(STATUS_PIN.STATUS_ID.eq(statusId))
                .execute() > 0;
    }

    @Override
    public long countPins(long accountId) {
        return db.dsl().fetchCount(STATUS_PIN, STATUS_PIN.ACCOUNT_ID.eq(accountId));
    }

    @Override
    public List<Status> findByIds(Collection<Long> statusIds) {
        List<Status> found = new ArrayList<>();
        for (List<Long> chunk : chunks(statusIds)) {
            found.addAll(db.dsl().selectFrom(STATUS).where(STATUS.ID.in(chunk)).and(STATUS.DELETED_AT.isNull())
                    .fetch(JooqStatusStore::toStatus));
        }
        return found;
    }

    @Override
    public Set<Long> visibleAmong(Long viewerId, Collection<Long> statusIds) {
        Set<Long> visible = new HashSet<>();
        for (List<Long> chunk : chunks(statusIds)) {
            visible.addAll(db.dsl().select(STATUS.ID).from(STATUS)
                    .where(STATUS.ID.in(chunk)).and(STATUS.DELETED_AT.isNull())
                    .and(StatusConditions.visibleTo(viewerId))
                    .fetch(STATUS.ID));
        }
        return visible;
    }

    @Override
    public Slice<Status> home(long accountId, PageRequest page) {
        return withOriginals(inHomeOf(accountId), page);
    }

    @Override
    public boolean inHome(long accountId, long statusId) {
        return db.dsl().fetchExists(joined(db.dsl().selectOne()).where(inHomeOf(accountId)).and(STATUS.ID.eq(statusId)));
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
        return pageOf(filter, page);
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
        return withOriginals(filter, page);
    }

    @Override
    public List<Status> pinnedVisible(long accountId, Long viewerId, int limit) {
        return db.dsl().select(STATUS.fields()).from(STATUS_PIN)
                .join(STATUS).on(STATUS.ID.eq(STATUS_PIN.STATUS_ID))
                .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(STATUS.ACCOUNT_ID.eq(accountId))
                .and(STATUS.DELETED_AT.isNull()).and(StatusConditions.visibleTo(viewerId))
                .orderBy(STATUS_PIN.ID.desc())
                .limit(limit)
                .fetch(r -> toStatus(r.into(STATUS)));
    }

    @Override
    public List<Status> repliesTo(Collection<Long> parentIds, int limit) {
        List<Status> replies = new ArrayList<>();
        for (List<Long> chunk : chunks(parentIds)) {
            if (replies.size() >= limit) {
                break;
            }
            replies.addAll(db.dsl().selectFrom(STATUS)
                    .where(STATUS.IN_REPLY_TO_ID.in(chunk)).and(STATUS.DELETED_AT.isNull())
                    .orderBy(STATUS.ID.asc()).limit(limit - replies.size())
                    .fetch(JooqStatusStore::toStatus));
        }
        return replies;
    }

    @Override
    public Slice<Status> boostsOf(long statusId, Long viewerId, PageRequest page) {
        Condition filter = STATUS.REBLOG_OF_ID.eq(statusId).and(STATUS.DELETED_AT.isNull())
                .and(StatusConditions.visibleTo(viewerId));
        return pageOf(filter, page);
    }

    @Override
    public Map<Long, List<Long>> mentionsOf(Collection<Long> statusIds) {
        Map<Long, List<Long>> result = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(statusIds)) {
            db.dsl().select(STATUS_MENTION.STATUS_ID, STATUS_MENTION.ACCOUNT_ID).from(STATUS_MENTION)
                    .where(STATUS_MENTION.STATUS_ID.in(chunk))
                    .orderBy(STATUS_MENTION.STATUS_ID, STATUS_MENTION.ACCOUNT_ID)
                    .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return result;
    }

    @Override
    public Map<Long, List<String>> tagsOf(Collection<Long> statusIds) {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(statusIds)) {
            db.dsl().select(STATUS_TAG.STATUS_ID, STATUS_TAG.NAME).from(STATUS_TAG)
                    .where(STATUS_TAG.STATUS_ID.in(chunk))
                    .orderBy(STATUS_TAG.STATUS_ID, STATUS_TAG.NAME)
                    .forEach(r -> result.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        }
        return result;
    }

    @Override
    public Map<Long, List<Attachment>> attachmentsOf(Collection<Long> statusIds) {
        Map<Long, List<Attachment>> result = new LinkedHashMap<>();
        for (List<Long> chunk : chunks(statusIds)) {
            db.dsl().selectFrom(STATUS_ATTACHMENT)
                    .where(STATUS_ATTACHMENT.STATUS_ID.in(chunk))
                    .orderBy(STATUS_ATTACHMENT.STATUS_ID, STATUS_ATTACHMENT.SORT_ORDER)
                    .forEach(r -> result.computeIfAbsent(r.getStatusId(), k -> new ArrayList<>()).add(
                            new Attachment(r.getAttachmentType(), r.getUrl(), r.getMediaType(), r.getDescription())));
        }
        return result;
    }

    @Override
    public Map<Long, Long> replyCounts(Collection<Long> statusIds) {
        return countsBy(STATUS.IN_REPLY_TO_ID, statusIds,
                STATUS.VISIBILITY.ne(Status.Visibility.DIRECT.stored()).and(STATUS.DELETED_AT.isNull()));
    }

    @Override
    public Map<Long, Long> boostCounts(Collection<Long> statusIds) {
        return countsBy(STATUS.REBLOG_OF_ID, statusIds, STATUS.DELETED_AT.isNull());
    }

    @Override
    public Set<Long> boostedAmong(long accountId, Collection<Long> statusIds) {
        Set<Long> result = new HashSet<>();
        for (List<Long> chunk : chunks(statusIds)) {
            result.addAll(db.dsl().select(STATUS.REBLOG_OF_ID).from(STATUS)
                    .where(STATUS.ACCOUNT_ID.eq(accountId)).and(STATUS.REBLOG_OF_ID.in(chunk))
                    .fetch(STATUS.REBLOG_OF_ID));
        }
        return result;
    }

    @Override
    public Set<Long> pinnedAmong(long accountId, Collection<Long> statusIds) {
        Set<Long> result = new HashSet<>();
        for (List<Long> chunk : chunks(statusIds)) {
            result.addAll(db.dsl().select(STATUS_PIN.STATUS_ID).from(STATUS_PIN)
                    .where(STATUS_PIN.ACCOUNT_ID.eq(accountId)).and(STATUS_PIN.STATUS_ID.in(chunk))
                    .fetch(STATUS_PIN.STATUS_ID));
        }
        return result;
    }

    private Map<Long, Long> countsBy(Field<Long> key, Collection<Long> statusIds, Condition condition) {
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

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> distinct = List.copyOf(new LinkedHashSet<>(ids));
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            chunks.add(distinct.subList(i, Math.min(distinct.size(), i + CHUNK)));
        }
        return chunks;
    }

    /** Pages statuses with the boosted originals left-joined as {@link StatusConditions#ORIGINAL}. */
    private Slice<Status> withOriginals(Condition filter, PageRequest page) {
        return KeysetPages.page(page, STATUS.ID, Status::id,
                (range, order, limit) -> joined(db.dsl().select(STATUS.fields()))
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(r -> toStatus(r.into(STATUS))),
                extra -> db.dsl().fetchExists(joined(db.dsl().selectOne()).where(filter).and(extra)));
    }

    private static <R extends org.jooq.Record> SelectJoinStep<R> joined(org.jooq.SelectSelectStep<R> select) {
        return select.from(STATUS).leftJoin(ORIGINAL).on(ORIGINAL.ID.eq(STATUS.REBLOG_OF_ID));
    }

    private Slice<Status> pageOf(Condition filter, PageRequest page) {
        return KeysetPages.page(page, STATUS.ID, Status::id,
                (range, order, limit) -> db.dsl().selectFrom(STATUS)
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(JooqStatusStore::toStatus),
                extra -> db.dsl().fetchExists(STATUS, filter.and(extra)));
    }

    /** Statuses of the account that anyone may see: public or unlisted, not deleted. */
    private static Condition openOf(long accountId) {
        return STATUS.ACCOUNT_ID.eq(accountId).and(STATUS.VISIBILITY.in(OPEN)).and(STATUS.DELETED_AT.isNull());
    }

    static Status toStatus(StatusRecord r) {
        return new Status(r.getId(), r.getAccountId(), r.getUri(), r.getUrl(),
                Status.Visibility.fromStored(r.getVisibility()), r.getContentHtml(), r.getLanguage(),
                r.getInReplyToUri(), Times.instant(r.getCreatedAt()), r.getSpoilerText(),
                Boolean.TRUE.equals(r.getSensitive()), r.getContentSource(), r.getInReplyToId(),
                r.getInReplyToAccountId(), r.getConversationUri(), r.getReblogOfId(),
                Times.instant(r.getEditedAt()));
    }
}
