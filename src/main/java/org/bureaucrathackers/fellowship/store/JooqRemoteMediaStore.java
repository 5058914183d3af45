package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.REMOTE_MEDIA;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.media.RemoteMedia;
import org.bureaucrathackers.fellowship.media.RemoteMediaStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.RemoteMediaRecord;
import org.jooq.impl.DSL;

/** Local copies of remote media in the remote_media table; remote profile images read from account. */
public final class JooqRemoteMediaStore implements RemoteMediaStore {

    /** URLs per IN list. */
    private static final int CHUNK = 500;

    private final Database db;

    public JooqRemoteMediaStore(Database db) {
        this.db = db;
    }

    @Override
    public void register(List<RemoteMedia> waiting) {
        for (RemoteMedia m : waiting) {
            db.dsl().insertInto(REMOTE_MEDIA)
                    .set(REMOTE_MEDIA.ID, m.id())
                    .set(REMOTE_MEDIA.REMOTE_URL, m.remoteUrl())
                    .set(REMOTE_MEDIA.STATE, m.state().code())
                    .set(REMOTE_MEDIA.ATTEMPTS, m.attempts())
                    .set(REMOTE_MEDIA.NEXT_ATTEMPT_AT, Times.time(m.nextAttemptAt()))
                    .set(REMOTE_MEDIA.CREATED_AT, Times.time(m.createdAt()))
                    .onConflict(REMOTE_MEDIA.REMOTE_URL).doNothing()
                    .execute();
        }
    }

    @Override
    public Map<String, String> cachedKeys(Collection<String> remoteUrls) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(remoteUrls));
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < distinct.size(); i += CHUNK) {
            db.dsl().select(REMOTE_MEDIA.REMOTE_URL, REMOTE_MEDIA.FILE_KEY).from(REMOTE_MEDIA)
                    .where(REMOTE_MEDIA.REMOTE_URL.in(distinct.subList(i, Math.min(distinct.size(), i + CHUNK))))
                    .and(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.CACHED.code()))
                    .fetch().forEach(r -> keys.put(r.value1(), r.value2()));
        }
        return keys;
    }

    @Override
    public Optional<RemoteMedia> find(String remoteUrl) {
        return db.dsl().selectFrom(REMOTE_MEDIA).where(REMOTE_MEDIA.REMOTE_URL.eq(remoteUrl))
                .fetchOptional(JooqRemoteMediaStore::toMedia);
    }

    @Override
    public List<RemoteMedia> due(Instant now, int limit) {
        return db.dsl().selectFrom(REMOTE_MEDIA)
                .where(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.WAITING.code()))
                .and(REMOTE_MEDIA.NEXT_ATTEMPT_AT.le(Times.time(now)))
                .orderBy(REMOTE_MEDIA.NEXT_ATTEMPT_AT.asc(), REMOTE_MEDIA.ID.asc())
                .limit(limit)
                .fetch(JooqRemoteMediaStore::toMedia);
    }

    @Override
    public boolean lease(long id, Instant now, Instant until) {
        return db.dsl().update(REMOTE_MEDIA)
                .set(REMOTE_MEDIA.NEXT_ATTEMPT_AT, Times.time(until))
                .set(REMOTE_MEDIA.ATTEMPTS, REMOTE_MEDIA.ATTEMPTS.plus(1))
                .where(REMOTE_MEDIA.ID.eq(id))
                .and(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.WAITING.code()))
                .and(REMOTE_MEDIA.NEXT_ATTEMPT_AT.le(Times.time(now)))
                .execute() == 1;
    }

    @Override
    public boolean markCached(long id, String fileKey, String mediaType, long fileSize, Instant cachedAt) {
        return db.dsl().update(REMOTE_MEDIA)
                .set(REMOTE_MEDIA.STATE, RemoteMedia.State.CACHED.code())
                .set(REMOTE_MEDIA.FILE_KEY, fileKey)
                .set(REMOTE_MEDIA.MEDIA_TYPE, mediaType)
                .set(REMOTE_MEDIA.FILE_SIZE, fileSize)
                .set(REMOTE_MEDIA.CACHED_AT, Times.time(cachedAt))
                .where(REMOTE_MEDIA.ID.eq(id))
                .and(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.WAITING.code()))
                .execute() == 1;
    }

    @Override
    public void retryAt(long id, Instant when) {
        db.dsl().update(REMOTE_MEDIA)
                .set(REMOTE_MEDIA.NEXT_ATTEMPT_AT, Times.time(when))
                .where(REMOTE_MEDIA.ID.eq(id))
                .and(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.WAITING.code()))
                .execute();
    }

    @Override
    public void markFailed(long id) {
        db.dsl().update(REMOTE_MEDIA)
                .set(REMOTE_MEDIA.STATE, RemoteMedia.State.FAILED.code())
                .where(REMOTE_MEDIA.ID.eq(id))
                .and(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.WAITING.code()))
                .execute();
    }

    @Override
    public long cachedBytes() {
        Number total = db.dsl().select(DSL.coalesce(DSL.sum(REMOTE_MEDIA.FILE_SIZE), DSL.inline(java.math.BigDecimal.ZERO)))
                .from(REMOTE_MEDIA)
                .where(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.CACHED.code()))
                .fetchOne(0, Number.class);
        return total == null ? 0 : total.longValue();
    }

    @Override
    public List<RemoteMedia> leastRecentlyCached(int limit) {
        return db.dsl().selectFrom(REMOTE_MEDIA)
                .where(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.CACHED.code()))
                .orderBy(REMOTE_MEDIA.CACHED_AT.asc(), REMOTE_MEDIA.ID.asc())
                .limit(limit)
                .fetch(JooqRemoteMediaStore::toMedia);
    }

    @Override
    public boolean markEvicted(long id) {
        return db.dsl().update(REMOTE_MEDIA)
                .set(REMOTE_MEDIA.STATE, RemoteMedia.State.EVICTED.code())
                .where(REMOTE_MEDIA.ID.eq(id))
                .and(REMOTE_MEDIA.STATE.eq(RemoteMedia.State.CACHED.code()))
                .execute() == 1;
    }

    @Override
    public List<ProfileImages> remoteProfileImages(ProfileImages.Cursor after, int limit) {
        var fetchedAt = Times.time(after.fetchedAt());
        return db.dsl().select(ACCOUNT.ID, ACCOUNT.FETCHED_AT, ACCOUNT.AVATAR_URL, ACCOUNT.HEADER_URL)
                .from(ACCOUNT)
                .where(ACCOUNT.DOMAIN.ne(""))
                .and(ACCOUNT.DELETED_AT.isNull())
                .and(ACCOUNT.FETCHED_AT.isNotNull())
                .and(ACCOUNT.AVATAR_URL.isNotNull().or(ACCOUNT.HEADER_URL.isNotNull()))
                .and(ACCOUNT.FETCHED_AT.gt(fetchedAt)
                        .or(ACCOUNT.FETCHED_AT.eq(fetchedAt).and(ACCOUNT.ID.gt(after.accountId()))))
                .orderBy(ACCOUNT.FETCHED_AT.asc(), ACCOUNT.ID.asc())
                .limit(limit)
                .fetch(r -> new ProfileImages(r.value1(), Times.instant(r.value2()), r.value3(), r.value4()));
    }

    private static RemoteMedia toMedia(RemoteMediaRecord r) {
        return new RemoteMedia(r.getId(), r.getRemoteUrl(), RemoteMedia.State.of(r.getState()), r.getFileKey(),
                r.getMediaType(), r.getFileSize(), r.getAttempts(), Times.instant(r.getNextAttemptAt()),
                Times.instant(r.getCreatedAt()), Times.instant(r.getCachedAt()));
    }
}
