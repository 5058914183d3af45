package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.STATUS_IDEMPOTENCY;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.post.IdempotencyStore;

public final class JooqIdempotencyStore implements IdempotencyStore {

    private final Database db;

    public JooqIdempotencyStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean claim(long accountId, String keyHash, Instant now, Instant staleBefore) {
        return db.inTransaction(tx -> {
            tx.deleteFrom(STATUS_IDEMPOTENCY)
                    .where(STATUS_IDEMPOTENCY.ACCOUNT_ID.eq(accountId)).and(STATUS_IDEMPOTENCY.KEY_HASH.eq(keyHash))
                    .and(STATUS_IDEMPOTENCY.CREATED_AT.lt(Times.time(staleBefore)))
                    .execute();
            return tx.insertInto(STATUS_IDEMPOTENCY)
                    .set(STATUS_IDEMPOTENCY.ACCOUNT_ID, accountId)
                    .set(STATUS_IDEMPOTENCY.KEY_HASH, keyHash)
                    .set(STATUS_IDEMPOTENCY.CREATED_AT, Times.time(now))
                    .onConflictDoNothing()
                    .execute() > 0;
        });
    }

    @Override
    public Optional<Claim> find(long accountId, String keyHash) {
        return db.dsl().selectFrom(STATUS_IDEMPOTENCY)
                .where(STATUS_IDEMPOTENCY.ACCOUNT_ID.eq(accountId)).and(STATUS_IDEMPOTENCY.KEY_HASH.eq(keyHash))
                .fetchOptional(r -> new Claim(r.getStatusId(), Times.instant(r.getCreatedAt())));
    }

    @Override
    public void complete(long accountId, String keyHash, long statusId) {
        db.dsl().update(STATUS_IDEMPOTENCY).set(STATUS_IDEMPOTENCY.STATUS_ID, statusId)
                .where(STATUS_IDEMPOTENCY.ACCOUNT_ID.eq(accountId)).and(STATUS_IDEMPOTENCY.KEY_HASH.eq(keyHash))
                .execute();
    }

    @Override
    public void release(long accountId, String keyHash) {
        db.dsl().deleteFrom(STATUS_IDEMPOTENCY)
                .where(STATUS_IDEMPOTENCY.ACCOUNT_ID.eq(accountId)).and(STATUS_IDEMPOTENCY.KEY_HASH.eq(keyHash))
                .and(STATUS_IDEMPOTENCY.STATUS_ID.isNull())
                .execute();
    }

    @Override
    public int forgetBefore(Instant staleBefore) {
        return db.dsl().deleteFrom(STATUS_IDEMPOTENCY)
                .where(STATUS_IDEMPOTENCY.CREATED_AT.lt(Times.time(staleBefore)))
                .execute();
    }
}
