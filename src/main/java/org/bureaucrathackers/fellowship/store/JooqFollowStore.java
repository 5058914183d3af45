package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FOLLOW;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.follow.FollowOptions;
import org.bureaucrathackers.fellowship.follow.FollowStore;
import org.bureaucrathackers.fellowship.follow.FollowedActor;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.store.schema.tables.records.FollowRecord;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqFollowStore implements FollowStore {

    private static final String ACCEPTED = Follow.State.ACCEPTED.stored();

    private final Database db;

    public JooqFollowStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(Follow follow) {
        db.dsl().insertInto(FOLLOW)
                .set(FOLLOW.ID, follow.id())
                .set(FOLLOW.ACCOUNT_ID, follow.followerId())
                .set(FOLLOW.TARGET_ACCOUNT_ID, follow.targetId())
                .set(FOLLOW.URI, follow.uri())
                .set(FOLLOW.STATE, follow.state().stored())
                .set(FOLLOW.CREATED_AT, Times.time(follow.createdAt()))
                .execute();
    }

    @Override
    public Optional<Follow> find(long followerId, long targetId) {
        return db.dsl().selectFrom(FOLLOW)
                .where(FOLLOW.ACCOUNT_ID.eq(followerId)).and(FOLLOW.TARGET_ACCOUNT_ID.eq(targetId))
                .fetchOptional(JooqFollowStore::toFollow);
    }

    @Override
    public Optional<Follow> findByUri(String uri) {
        // Follow ids are unique in practice but not by constraint: a server may reuse one for a new pair.
        return db.dsl().selectFrom(FOLLOW).where(FOLLOW.URI.eq(uri)).orderBy(FOLLOW.ID.desc()).limit(1)
                .fetchOptional(JooqFollowStore::toFollow);
    }

    @Override
    public void update(long followId, Follow.State state, String uri) {
        db.dsl().update(FOLLOW)
                .set(FOLLOW.STATE, state.stored())
                .set(FOLLOW.URI, uri)
                .where(FOLLOW.ID.eq(followId))
                .execute();
    }

    @Override
    public void delete(long followId) {
        db.dsl().deleteFrom(FOLLOW).where(FOLLOW.ID.eq(followId)).execute();
    }

    @Override
    public boolean isFollowing(long followerId, long targetId) {
        return db.dsl().fetchExists(FOLLOW, followedBy(followerId).and(FOLLOW.TARGET_ACCOUNT_ID.eq(targetId)));
    }

    @Override
    public boolean hasLocalFollowers(long accountId) {
        return db.dsl().fetchExists(db.dsl().selectOne().from(FOLLOW).join(ACCOUNT).on(ACCOUNT.ID.eq(FOLLOW.ACCOUNT_ID))
                .where(followersOf(accountId)).and(ACCOUNT.DOMAIN.eq("")));
    }

    @Override
    public List<Long> localSubscriberIds(long accountId, int limit) {
        return db.dsl().select(FOLLOW.ACCOUNT_ID).from(FOLLOW).join(ACCOUNT).on(ACCOUNT.ID.eq(FOLLOW.ACCOUNT_ID))
                .where(followersOf(accountId)).and(FOLLOW.NOTIFY.isTrue()).and(ACCOUNT.DOMAIN.eq(""))
                .and(ACCOUNT.DELETED_AT.isNull())
                .orderBy(FOLLOW.ID.asc()).limit(limit)
                .fetch(FOLLOW.ACCOUNT_ID);
    }

    @Override
    public List<Follow> pendingRequests(long targetId, int limit) {
        return db.dsl().selectFrom(FOLLOW)
                .where(FOLLOW.TARGET_ACCOUNT_ID.eq(targetId)).and(FOLLOW.STATE.eq(Follow.State.PENDING.stored()))
                .orderBy(FOLLOW.ID.asc()).limit(limit)
                .fetch(JooqFollowStore::toFollow);
    }

    @Override
    public Slice<Follow> pendingRequests(long targetId, PageRequest page) {
        Condition filter = FOLLOW.TARGET_ACCOUNT_ID.eq(targetId).and(FOLLOW.STATE.eq(Follow.State.PENDING.stored()));
        return KeysetPages.page(page, FOLLOW.ID, Follow::id,
                (range, order, limit) -> db.dsl().selectFrom(FOLLOW).where(filter).and(range)
                        .orderBy(order).limit(limit).fetch(JooqFollowStore::toFollow),
                extra -> db.dsl().fetchExists(FOLLOW, filter.and(extra)));
    }

    @Override
    public long countPendingRequests(long targetId) {
        return db.dsl().fetchCount(FOLLOW,
                FOLLOW.TARGET_ACCOUNT_ID.eq(targetId).and(FOLLOW.STATE.eq(Follow.State.PENDING.stored())));
    }

    @Override
    public void setOptions(long followId, FollowOptions options) {
        db.dsl().update(FOLLOW)
                .set(FOLLOW.SHOW_REBLOGS, options.showReblogs())
                .set(FOLLOW.NOTIFY, options.notifyOnPosts())
                .set(FOLLOW.LANGUAGES, options.languages().isEmpty() ? null : String.join(",", options.languages()))
                .where(FOLLOW.ID.eq(followId))
                .execute();
    }

    @Override
    public FollowOptions options(long followId) {
        return db.dsl().select(FOLLOW.SHOW_REBLOGS, FOLLOW.NOTIFY, FOLLOW.LANGUAGES).from(FOLLOW)
                .where(FOLLOW.ID.eq(followId))
                .fetchOptional(r -> new FollowOptions(r.value1(), r.value2(),
                        r.value3() == null || r.value3().isEmpty() ? List.of() : List.of(r.value3().split(","))))
                .orElse(FollowOptions.DEFAULT);
    }

    @Override
    public long countFollowers(long accountId) {
        return db.dsl().fetchCount(FOLLOW, followersOf(accountId));
    }

    @Override
    public long countFollowing(long accountId) {
        return db.dsl().fetchCount(FOLLOW, followedBy(accountId));
    }

    @Override
    public Map<Long, Long> followerCounts(Collection<Long> accountIds) {
        return acceptedCountsBy(FOLLOW.TARGET_ACCOUNT_ID, accountIds);
    }

    @Override
    public Map<Long, Long> followingCounts(Collection<Long> accountIds) {
        return acceptedCountsBy(FOLLOW.ACCOUNT_ID, accountIds);
    }

    /** Accepted follows per {@code key} among {@code accountIds}, one grouped query per chunk of ids. */
    private Map<Long, Long> acceptedCountsBy(Field<Long> key, Collection<Long> accountIds) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        for (List<Long> chunk : StatusRows.chunks(accountIds)) {
            db.dsl().select(key, DSL.count()).from(FOLLOW)
                    .where(key.in(chunk)).and(FOLLOW.STATE.eq(ACCEPTED))
                    .groupBy(key)
                    .fetch().forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        }
        return counts;
    }

    @Override
    public Slice<FollowedActor> followers(long accountId, PageRequest page) {
        return list(followersOf(accountId), FOLLOW.ACCOUNT_ID, page);
    }

    @Override
    public Slice<FollowedActor> following(long accountId, PageRequest page) {
        return list(followedBy(accountId), FOLLOW.TARGET_ACCOUNT_ID, page);
    }

    /** Accepted follows matching {@code filter}, each with the uri of the account in {@code otherSide}. */
    private Slice<FollowedActor> list(Condition filter, Field<Long> otherSide, PageRequest page) {
        return KeysetPages.page(page, FOLLOW.ID, FollowedActor::followId,
                (range, order, limit) -> db.dsl().select(FOLLOW.ID, ACCOUNT.URI)
                        .from(FOLLOW).join(ACCOUNT).on(ACCOUNT.ID.eq(otherSide))
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(r -> new FollowedActor(r.value1(), r.value2())),
                extra -> db.dsl().fetchExists(FOLLOW, filter.and(extra)));
    }

    /**
     * The condition "{@code viewerId} follows the account in {@code boosterId} but asked not to see its boosts",
     * for the home timeline to leave those boosts out.
     */
    public static Condition boostsHiddenBy(long viewerId, Field<Long> boosterId) {
        return org.jooq.impl.DSL.exists(org.jooq.impl.DSL.selectOne().from(FOLLOW)
                .where(FOLLOW.ACCOUNT_ID.eq(viewerId))
                .and(FOLLOW.TARGET_ACCOUNT_ID.eq(boosterId))
                .and(FOLLOW.SHOW_REBLOGS.isFalse()));
    }

    private static Condition followersOf(long accountId) {
        return FOLLOW.TARGET_ACCOUNT_ID.eq(accountId).and(FOLLOW.STATE.eq(ACCEPTED));
    }

    private static Condition followedBy(long accountId) {
        return FOLLOW.ACCOUNT_ID.eq(accountId).and(FOLLOW.STATE.eq(ACCEPTED));
    }

    private static Follow toFollow(FollowRecord r) {
        return new Follow(r.getId(), r.getAccountId(), r.getTargetAccountId(), Follow.State.fromStored(r.getState()),
                r.getUri(), Times.instant(r.getCreatedAt()));
    }

    @Override
    public List<String> remoteFollowerInboxes(long accountId, int limit) {
        Field<String> inbox = org.jooq.impl.DSL.coalesce(ACCOUNT.SHARED_INBOX_URL, ACCOUNT.INBOX_URL);
        return db.dsl().selectDistinct(inbox)
                .from(FOLLOW).join(ACCOUNT).on(ACCOUNT.ID.eq(FOLLOW.ACCOUNT_ID))
                .where(followersOf(accountId))
                .and(ACCOUNT.DOMAIN.ne(""))
                .and(ACCOUNT.DELETED_AT.isNull())
                .and(inbox.isNotNull())
                .limit(limit)
                .fetch(inbox);
    }
}
