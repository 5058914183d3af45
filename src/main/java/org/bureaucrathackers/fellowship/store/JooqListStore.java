package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_BLOCK;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_LIST;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_LIST_MEMBER;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FOLLOW;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_MENTION;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.paging.PageRequest;
import org.bureaucrathackers.fellowship.paging.Slice;
import org.bureaucrathackers.fellowship.post.Status;
import org.bureaucrathackers.fellowship.reading.AccountList;
import org.bureaucrathackers.fellowship.reading.ListMember;
import org.bureaucrathackers.fellowship.reading.ListStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.AccountListRecord;
import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.Select;
import org.jooq.impl.DSL;

public final class JooqListStore implements ListStore {

    private static final List<String> OPEN = List.of(Status.Visibility.PUBLIC.stored(),
            Status.Visibility.UNLISTED.stored(), Status.Visibility.PRIVATE.stored());

    private final Database db;

    public JooqListStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(AccountList list) {
        db.dsl().insertInto(ACCOUNT_LIST)
                .set(ACCOUNT_LIST.ID, list.id())
                .set(ACCOUNT_LIST.ACCOUNT_ID, list.accountId())
                .set(ACCOUNT_LIST.TITLE, list.title())
                .set(ACCOUNT_LIST.REPLIES_POLICY, list.repliesPolicy().key())
                .set(ACCOUNT_LIST.IS_EXCLUSIVE, list.exclusive())
                .set(ACCOUNT_LIST.CREATED_AT, Times.time(list.createdAt()))
                .execute();
    }

    @Override
    public void update(AccountList list) {
        db.dsl().update(ACCOUNT_LIST)
                .set(ACCOUNT_LIST.TITLE, list.title())
                .set(ACCOUNT_LIST.REPLIES_POLICY, list.repliesPolicy().key())
                .set(ACCOUNT_LIST.IS_EXCLUSIVE, list.exclusive())
                .where(ACCOUNT_LIST.ID.eq(list.id()))
                .execute();
    }

    @Override
    public void delete(long listId) {
        db.dsl().deleteFrom(ACCOUNT_LIST).where(ACCOUNT_LIST.ID.eq(listId)).execute();
    }

    @Override
    public Optional<AccountList> find(long listId) {
        return db.dsl().selectFrom(ACCOUNT_LIST).where(ACCOUNT_LIST.ID.eq(listId))
                .fetchOptional(JooqListStore::toList);
    }

    @Override
    public List<AccountList> ofOwner(long ownerId, int limit) {
        return db.dsl().selectFrom(ACCOUNT_LIST).where(ACCOUNT_LIST.ACCOUNT_ID.eq(ownerId))
                .orderBy(ACCOUNT_LIST.ID.asc()).limit(limit)
                .fetch(JooqListStore::toList);
    }

    @Override
    public long countOfOwner(long ownerId) {
        return db.dsl().fetchCount(ACCOUNT_LIST, ACCOUNT_LIST.ACCOUNT_ID.eq(ownerId));
    }

    @Override
    public List<AccountList> ofOwnerWithMember(long ownerId, long memberId, int limit) {
        return db.dsl().selectFrom(ACCOUNT_LIST)
                .where(ACCOUNT_LIST.ACCOUNT_ID.eq(ownerId))
                .and(ACCOUNT_LIST.ID.in(DSL.select(ACCOUNT_LIST_MEMBER.LIST_ID).from(ACCOUNT_LIST_MEMBER)
                        .where(ACCOUNT_LIST_MEMBER.ACCOUNT_ID.eq(memberId))))
                .orderBy(ACCOUNT_LIST.ID.asc()).limit(limit)
                .fetch(JooqListStore::toList);
    }

    @Override
    public boolean hasMember(long listId, long accountId) {
        return db.dsl().fetchExists(ACCOUNT_LIST_MEMBER, ACCOUNT_LIST_MEMBER.LIST_ID.eq(listId)
                .and(ACCOUNT_LIST_MEMBER.ACCOUNT_ID.eq(accountId)));
    }

    @Override
    public long countMembers(long listId) {
        return db.dsl().fetchCount(ACCOUNT_LIST_MEMBER, ACCOUNT_LIST_MEMBER.LIST_ID.eq(listId));
    }

    @Override
    public void addMember(long membershipId, long listId, long accountId) {
        db.dsl().insertInto(ACCOUNT_LIST_MEMBER)
                .set(ACCOUNT_LIST_MEMBER.ID, membershipId)
                .set(ACCOUNT_LIST_MEMBER.LIST_ID, listId)
                .set(ACCOUNT_LIST_MEMBER.ACCOUNT_ID, accountId)
                .onConflictDoNothing()
                .execute();
    }

    @Override
    public void removeMembers(long listId, Collection<Long> accountIds) {
        db.dsl().deleteFrom(ACCOUNT_LIST_MEMBER)
                .where(ACCOUNT_LIST_MEMBER.LIST_ID.eq(listId)).and(ACCOUNT_LIST_MEMBER.ACCOUNT_ID.in(accountIds))
                .execute();
    }

    @Override
    public Slice<ListMember> members(AccountList list, PageRequest page) {
        Condition filter = effectiveMembers(list);
        return KeysetPages.page(page, ACCOUNT_LIST_MEMBER.ID, ListMember::id,
                (range, order, limit) -> db.dsl().select(ACCOUNT_LIST_MEMBER.ID, ACCOUNT_LIST_MEMBER.ACCOUNT_ID)
                        .from(ACCOUNT_LIST_MEMBER)
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(r -> new ListMember(r.value1(), r.value2())),
                extra -> db.dsl().fetchExists(ACCOUNT_LIST_MEMBER, filter.and(extra)));
    }

    @Override
    public List<ListMember> allMembers(AccountList list, int limit) {
        return db.dsl().select(ACCOUNT_LIST_MEMBER.ID, ACCOUNT_LIST_MEMBER.ACCOUNT_ID).from(ACCOUNT_LIST_MEMBER)
                .where(effectiveMembers(list))
                .orderBy(ACCOUNT_LIST_MEMBER.ID.desc()).limit(limit)
                .fetch(r -> new ListMember(r.value1(), r.value2()));
    }

    @Override
    public Slice<Status> timeline(AccountList list, PageRequest page) {
        long owner = list.accountId();
        var members = DSL.select(ACCOUNT_LIST_MEMBER.ACCOUNT_ID).from(ACCOUNT_LIST_MEMBER)
                .where(effectiveMembers(list));
        Condition visible = STATUS.VISIBILITY.in(OPEN)
                .or(DSL.exists(DSL.selectOne().from(STATUS_MENTION)
                        .where(STATUS_MENTION.STATUS_ID.eq(STATUS.ID)).and(STATUS_MENTION.ACCOUNT_ID.eq(owner))));
        Condition replies = STATUS.IN_REPLY_TO_URI.isNull()
                .or(STATUS.IN_REPLY_TO_ACCOUNT_ID.eq(STATUS.ACCOUNT_ID))
                .or(STATUS.IN_REPLY_TO_ACCOUNT_ID.eq(owner));
        replies = switch (list.repliesPolicy()) {
            case FOLLOWED -> replies.or(STATUS.IN_REPLY_TO_ACCOUNT_ID.in(followedBy(owner)));
            case LIST -> replies.or(STATUS.IN_REPLY_TO_ACCOUNT_ID.in(members));
            case NONE -> replies;
        };
        var original = STATUS.as("original");
        Condition boosts = STATUS.REBLOG_OF_ID.isNull()
                .or(STATUS.REBLOG_OF_ID.in(DSL.select(original.ID).from(original)
                        .where(original.DELETED_AT.isNull())
                        .and(original.ACCOUNT_ID.notIn(blockedEitherWay(owner)))));
        Condition filter = STATUS.ACCOUNT_ID.in(members).and(STATUS.DELETED_AT.isNull())
                .and(visible).and(replies).and(boosts);
        return KeysetPages.page(page, STATUS.ID, Status::id,
                (range, order, limit) -> db.dsl().selectFrom(STATUS)
                        .where(filter).and(range)
                        .orderBy(order).limit(limit)
                        .fetch(StatusRows::toStatus),
                extra -> db.dsl().fetchExists(STATUS, filter.and(extra)));
    }

    /** Memberships that count: of accounts the owner follows (accepted), or of the owner. */
    private static Condition effectiveMembers(AccountList list) {
        return ACCOUNT_LIST_MEMBER.LIST_ID.eq(list.id())
                .and(ACCOUNT_LIST_MEMBER.ACCOUNT_ID.eq(list.accountId())
                        .or(ACCOUNT_LIST_MEMBER.ACCOUNT_ID.in(followedBy(list.accountId()))));
    }

    private static Select<Record1<Long>> followedBy(long accountId) {
        return DSL.select(FOLLOW.TARGET_ACCOUNT_ID).from(FOLLOW)
                .where(FOLLOW.ACCOUNT_ID.eq(accountId)).and(FOLLOW.STATE.eq(Follow.State.ACCEPTED.stored()));
    }

    private static Select<Record1<Long>> blockedEitherWay(long accountId) {
        return DSL.select(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID).from(ACCOUNT_BLOCK)
                .where(ACCOUNT_BLOCK.ACCOUNT_ID.eq(accountId))
                .union(DSL.select(ACCOUNT_BLOCK.ACCOUNT_ID).from(ACCOUNT_BLOCK)
                        .where(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID.eq(accountId)));
    }

    private static AccountList toList(AccountListRecord r) {
        return new AccountList(r.getId(), r.getAccountId(), r.getTitle(),
                AccountList.RepliesPolicy.fromKey(r.getRepliesPolicy()).orElse(AccountList.RepliesPolicy.LIST),
                Boolean.TRUE.equals(r.getIsExclusive()), Times.instant(r.getCreatedAt()));
    }
}
