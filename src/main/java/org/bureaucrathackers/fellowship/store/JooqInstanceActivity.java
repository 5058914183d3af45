package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCESS_TOKEN;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.LOCAL_USER;
import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.instance.InstanceActivity;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** The instance's peers, weekly activity and contact account, counted from the account, status and token tables. */
public final class JooqInstanceActivity implements InstanceActivity {

    private final Database db;

    public JooqInstanceActivity(Database db) {
        this.db = db;
    }

    @Override
    public long knownDomains() {
        return db.dsl().select(DSL.countDistinct(ACCOUNT.DOMAIN)).from(ACCOUNT)
                .where(ACCOUNT.DOMAIN.ne(""))
                .fetchOne(0, Long.class);
    }

    @Override
    public List<String> peers(int limit) {
        return db.dsl().selectDistinct(ACCOUNT.DOMAIN).from(ACCOUNT)
                .where(ACCOUNT.DOMAIN.ne(""))
                .orderBy(ACCOUNT.DOMAIN.asc())
                .limit(limit)
                .fetch(ACCOUNT.DOMAIN);
    }

    @Override
    public long localStatuses(Instant from, Instant to) {
        return db.dsl().fetchCount(DSL.selectOne().from(STATUS).join(ACCOUNT).on(ACCOUNT.ID.eq(STATUS.ACCOUNT_ID))
                .where(ACCOUNT.DOMAIN.eq(""))
                .and(STATUS.DELETED_AT.isNull())
                .and(STATUS.CREATED_AT.ge(Times.time(from)))
                .and(STATUS.CREATED_AT.lt(Times.time(to))));
    }

    @Override
    public long logins(Instant from, Instant to) {
        return db.dsl().select(DSL.countDistinct(ACCESS_TOKEN.ACCOUNT_ID)).from(ACCESS_TOKEN)
                .join(ACCOUNT).on(ACCOUNT.ID.eq(ACCESS_TOKEN.ACCOUNT_ID))
                .where(fellows())
                .and(ACCESS_TOKEN.CREATED_AT.ge(Times.time(from)))
                .and(ACCESS_TOKEN.CREATED_AT.lt(Times.time(to)))
                .fetchOne(0, Long.class);
    }

    @Override
    public long registrations(Instant from, Instant to) {
        return db.dsl().fetchCount(ACCOUNT, fellows()
                .and(ACCOUNT.CREATED_AT.ge(Times.time(from)))
                .and(ACCOUNT.CREATED_AT.lt(Times.time(to))));
    }

    @Override
    public Optional<Long> contactAccountId() {
        return db.dsl().select(ACCOUNT.ID).from(ACCOUNT)
                .join(LOCAL_USER).on(LOCAL_USER.ACCOUNT_ID.eq(ACCOUNT.ID))
                .where(fellows()).and(LOCAL_USER.ADMIN.isTrue())
                .orderBy(ACCOUNT.CREATED_AT.asc(), ACCOUNT.ID.asc())
                .limit(1)
                .fetchOptional(ACCOUNT.ID);
    }

    private static Condition fellows() {
        return ACCOUNT.DOMAIN.eq("")
                .and(ACCOUNT.ACTOR_TYPE.eq(Account.ActorType.Person.name()))
                .and(ACCOUNT.DELETED_AT.isNull());
    }
}
