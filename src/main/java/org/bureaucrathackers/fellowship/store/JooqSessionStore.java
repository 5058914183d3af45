package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.WEB_SESSION;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.session.SessionStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.WebSessionRecord;

public final class JooqSessionStore implements SessionStore {

    private final Database db;

    public JooqSessionStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(StoredSession session) {
        db.dsl().insertInto(WEB_SESSION)
                .set(WEB_SESSION.ID, session.id())
                .set(WEB_SESSION.TOKEN_HASH, session.tokenHash())
                .set(WEB_SESSION.ACCOUNT_ID, session.accountId())
                .set(WEB_SESSION.CREATED_AT, Times.time(session.createdAt()))
                .set(WEB_SESSION.EXPIRES_AT, Times.time(session.expiresAt()))
                .execute();
    }

    @Override
    public Optional<StoredSession> findByHash(String tokenHash) {
        return db.dsl().selectFrom(WEB_SESSION).where(WEB_SESSION.TOKEN_HASH.eq(tokenHash))
                .fetchOptional().map(JooqSessionStore::toSession);
    }

    @Override
    public void delete(long id) {
        db.dsl().deleteFrom(WEB_SESSION).where(WEB_SESSION.ID.eq(id)).execute();
    }

    @Override
    public int deleteExpiredBefore(Instant cutoff) {
        return db.dsl().deleteFrom(WEB_SESSION).where(WEB_SESSION.EXPIRES_AT.lt(Times.time(cutoff)))
                .execute();
    }

    private static StoredSession toSession(WebSessionRecord r) {
        return new StoredSession(r.getId(), r.getTokenHash(), r.getAccountId(),
                Times.instant(r.getCreatedAt()), Times.instant(r.getExpiresAt()));
    }
}
