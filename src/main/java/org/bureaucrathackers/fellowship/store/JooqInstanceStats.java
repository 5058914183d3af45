package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.time.Instant;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.instance.InstanceStats;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** NodeInfo's usage counts, straight from the account and status tables. */
public final class JooqInstanceStats implements InstanceStats {

    private final Database db;

    public JooqInstanceStats(Database db) {
        this.db = db;
    }

    @Override
    public long fellows() {
        return db.dsl().fetchCount(ACCOUNT, localFellows());
    }

    @Override
    public long fellowsActiveSince(Instant since) {
        var from = Times.time(since);
        Condition postedSince = DSL.exists(DSL.selectOne().from(STATUS)
                .where(STATUS.ACCOUNT_ID.eq(ACCOUNT.ID))
                .and(STATUS.DELETED_AT.isNull())
                .and(STATUS.CREATED_AT.ge(from)));
        return db.dsl().fetchCount(ACCOUNT, localFellows().and(ACCOUNT.CREATED_AT.ge(from).or(postedSince)));
    }

    @Override
    public long localPosts() {
        return db.dsl().fetchCount(DSL.selectOne().from(STATUS).join(ACCOUNT).on(ACCOUNT.ID.eq(STATUS.ACCOUNT_ID))
                .where(ACCOUNT.DOMAIN.eq(""))
                .and(STATUS.DELETED_AT.isNull()));
    }

    private static Condition localFellows() {
        return ACCOUNT.DOMAIN.eq("")
                .and(ACCOUNT.ACTOR_TYPE.eq(Account.ActorType.Person.name()))
                .and(ACCOUNT.DELETED_AT.isNull());
    }
}
