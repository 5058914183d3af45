package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_BLOCK;
import static org.bureaucrathackers.fellowship.store.schema.Tables.FOLLOW;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_TAG;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.directory.AccountQuery;
import org.bureaucrathackers.fellowship.directory.DirectoryOrder;
import org.bureaucrathackers.fellowship.directory.DirectoryStore;
import org.bureaucrathackers.fellowship.follow.Follow;
import org.bureaucrathackers.fellowship.post.Status;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

public final class JooqDirectoryStore implements DirectoryStore {

    private static final List<String> OPEN = List.of(Status.Visibility.PUBLIC.stored(),
            Status.Visibility.UNLISTED.stored());

    private final Database db;

    public JooqDirectoryStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Long> accounts(AccountQuery query, int offset, int limit) {
        Condition name = DSL.falseCondition();
        if (query.usernamePrefix() != null) {
            name = name.or(ACCOUNT.USERNAME_KEY.startsWith(query.usernamePrefix()));
        }
        if (query.displayNameText() != null) {
            name = name.or(DSL.lower(ACCOUNT.DISPLAY_NAME).contains(query.displayNameText()));
        }
        Condition filter = listed().and(name);
        if (query.domainPrefix() != null) {
            filter = filter.and(query.domainPrefix().isEmpty() ? ACCOUNT.DOMAIN.eq("")
                    : ACCOUNT.DOMAIN.startsWith(query.domainPrefix()));
        }
        if (query.followerId() != null) {
            filter = filter.and(DSL.exists(DSL.selectOne().from(FOLLOW)
                    .where(FOLLOW.ACCOUNT_ID.eq(query.followerId()))
                    .and(FOLLOW.TARGET_ACCOUNT_ID.eq(ACCOUNT.ID))
                    .and(FOLLOW.STATE.eq(Follow.State.ACCEPTED.stored()))));
        }
        if (query.viewerId() != null) {
            filter = filter.and(DSL.notExists(DSL.selectOne().from(ACCOUNT_BLOCK).where(
                    ACCOUNT_BLOCK.ACCOUNT_ID.eq(query.viewerId()).and(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID.eq(ACCOUNT.ID))
                            .or(ACCOUNT_BLOCK.ACCOUNT_ID.eq(ACCOUNT.ID)
                                    .and(ACCOUNT_BLOCK.TARGET_ACCOUNT_ID.eq(query.viewerId()))))));
        }
        Field<Integer> exact = query.usernamePrefix() == null ? DSL.inline(1)
                : DSL.when(ACCOUNT.USERNAME_KEY.eq(query.usernamePrefix()), 0).otherwise(1);
        Field<Integer> remote = DSL.when(ACCOUNT.DOMAIN.eq(""), 0).otherwise(1);
        return db.dsl().select(ACCOUNT.ID).from(ACCOUNT).where(filter)
                .orderBy(exact, remote, ACCOUNT.USERNAME_KEY, ACCOUNT.DOMAIN, ACCOUNT.ID)
                .offset(offset).limit(limit)
                .fetch(ACCOUNT.ID);
    }

    @Override
    public List<Long> discoverable(DirectoryOrder order, boolean localOnly, int offset, int limit) {
        Condition filter = listed().and(ACCOUNT.DISCOVERABLE.isTrue());
        if (localOnly) {
            filter = filter.and(ACCOUNT.DOMAIN.eq(""));
        }
        if (order == DirectoryOrder.NEW) {
            return db.dsl().select(ACCOUNT.ID).from(ACCOUNT).where(filter)
                    .orderBy(ACCOUNT.CREATED_AT.desc(), ACCOUNT.ID.desc())
                    .offset(offset).limit(limit)
                    .fetch(ACCOUNT.ID);
        }
        Field<java.time.OffsetDateTime> lastStatus = DSL.field(DSL.select(DSL.max(STATUS.CREATED_AT)).from(STATUS)
                .where(STATUS.ACCOUNT_ID.eq(ACCOUNT.ID)).and(STATUS.VISIBILITY.in(OPEN))
                .and(STATUS.DELETED_AT.isNull()));
        return db.dsl().select(ACCOUNT.ID).from(ACCOUNT).where(filter)
                .orderBy(lastStatus.desc().nullsLast(), ACCOUNT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(ACCOUNT.ID);
    }

    @Override
    public List<String> tags(String prefix, int offset, int limit) {
        Field<Integer> uses = DSL.count();
        return db.dsl().select(STATUS_TAG.NAME, uses).from(STATUS_TAG)
                .join(STATUS).on(STATUS.ID.eq(STATUS_TAG.STATUS_ID))
                .where(STATUS_TAG.NAME.startsWith(prefix))
                .and(STATUS.VISIBILITY.in(OPEN)).and(STATUS.DELETED_AT.isNull())
                .groupBy(STATUS_TAG.NAME)
                .orderBy(DSL.when(STATUS_TAG.NAME.eq(prefix), 0).otherwise(1), uses.desc(), STATUS_TAG.NAME)
                .offset(offset).limit(limit)
                .fetch(STATUS_TAG.NAME);
    }

    @Override
    public List<Long> statusesContaining(List<String> words, Long authorId, Long beforeId, int limit) {
        Condition filter = STATUS.DELETED_AT.isNull().and(STATUS.REBLOG_OF_ID.isNull());
        for (String word : words) {
            filter = filter.and(DSL.lower(STATUS.CONTENT_HTML).contains(word));
        }
        if (authorId != null) {
            filter = filter.and(STATUS.ACCOUNT_ID.eq(authorId));
        }
        if (beforeId != null) {
            filter = filter.and(STATUS.ID.lt(beforeId));
        }
        return db.dsl().select(STATUS.ID).from(STATUS).where(filter)
                .orderBy(STATUS.ID.desc()).limit(limit)
                .fetch(STATUS.ID);
    }

    /** Accounts that may be listed: not deleted, not suspended here, not an instance actor (an Application). */
    private static Condition listed() {
        return ACCOUNT.DELETED_AT.isNull().and(ACCOUNT.SUSPENDED_AT.isNull())
                .and(ACCOUNT.ACTOR_TYPE.ne(Account.ActorType.Application.name()));
    }
}
