package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.moderation.SuspensionStore;

public final class JooqSuspensionStore implements SuspensionStore {

    private final Database db;

    public JooqSuspensionStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean suspend(long accountId, Instant at) {
        return db.dsl().update(ACCOUNT)
                .set(ACCOUNT.SUSPENDED_AT, org.jooq.impl.DSL.coalesce(ACCOUNT.SUSPENDED_AT,
                        org.jooq.impl.DSL.val(Times.time(at))))
                .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.DOMAIN.ne("")))
                .execute() > 0;
    }

    @Override
    public boolean unsuspend(long accountId) {
        return db.dsl().update(ACCOUNT)
                .setNull(ACCOUNT.SUSPENDED_AT)
                .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.SUSPENDED_AT.isNotNull()))
                .execute() > 0;
    }

    @Override
    public Optional<Instant> suspendedAt(String actorUri) {
        return db.dsl().select(ACCOUNT.SUSPENDED_AT).from(ACCOUNT)
                .where(ACCOUNT.URI.eq(actorUri).and(ACCOUNT.SUSPENDED_AT.isNotNull()))
                .fetchOptional(ACCOUNT.SUSPENDED_AT)
                .map(Times::instant);
    }
}
