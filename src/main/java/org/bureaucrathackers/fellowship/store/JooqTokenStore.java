package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCESS_TOKEN;
import static org.bureaucrathackers.fellowship.store.schema.Tables.OAUTH_APPLICATION;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.impl.DSL;
import org.bureaucrathackers.fellowship.mastodon.oauth.TokenStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.AccessTokenRecord;

public final class JooqTokenStore implements TokenStore {

    private final Database db;

    public JooqTokenStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(StoredToken token) {
        db.dsl().insertInto(ACCESS_TOKEN)
                .set(ACCESS_TOKEN.ID, token.id())
                .set(ACCESS_TOKEN.ACCOUNT_ID, token.accountId())
                .set(ACCESS_TOKEN.TOKEN_HASH, token.tokenHash())
                .set(ACCESS_TOKEN.SCOPES, token.scopes())
                .set(ACCESS_TOKEN.CREATED_AT, Times.time(token.createdAt()))
                .set(ACCESS_TOKEN.REVOKED_AT, Times.time(token.revokedAt()))
                .set(ACCESS_TOKEN.APPLICATION_ID, token.applicationId())
                .set(ACCESS_TOKEN.REFRESH_TOKEN_HASH, token.refreshTokenHash())
                .execute();
    }

    @Override
    public Optional<StoredToken> findByHash(String tokenHash) {
        return db.dsl().selectFrom(ACCESS_TOKEN).where(ACCESS_TOKEN.TOKEN_HASH.eq(tokenHash)).fetchOptional()
                .map(JooqTokenStore::toToken);
    }

    @Override
    public Optional<StoredToken> findById(long id) {
        return db.dsl().selectFrom(ACCESS_TOKEN).where(ACCESS_TOKEN.ID.eq(id)).fetchOptional()
                .map(JooqTokenStore::toToken);
    }

    @Override
    public Optional<StoredToken> findByRefreshHash(String refreshTokenHash) {
        return db.dsl().selectFrom(ACCESS_TOKEN).where(ACCESS_TOKEN.REFRESH_TOKEN_HASH.eq(refreshTokenHash))
                .fetchOptional().map(JooqTokenStore::toToken);
    }

    @Override
    public boolean revoke(long id, Instant at) {
        return db.dsl().update(ACCESS_TOKEN).set(ACCESS_TOKEN.REVOKED_AT, Times.time(at))
                .where(ACCESS_TOKEN.ID.eq(id)).and(ACCESS_TOKEN.REVOKED_AT.isNull()).execute() == 1;
    }

    @Override
    public int revokeAllOf(long accountId, Instant at) {
        return db.dsl().update(ACCESS_TOKEN).set(ACCESS_TOKEN.REVOKED_AT, Times.time(at))
                .where(ACCESS_TOKEN.ACCOUNT_ID.eq(accountId)).and(ACCESS_TOKEN.REVOKED_AT.isNull()).execute();
    }

    @Override
    public List<AuthorizedApp> appsAuthorizedBy(long accountId, int limit) {
        var since = DSL.min(ACCESS_TOKEN.CREATED_AT);
        return db.dsl().select(OAUTH_APPLICATION.ID, OAUTH_APPLICATION.NAME, OAUTH_APPLICATION.WEBSITE,
                        OAUTH_APPLICATION.SCOPES, since)
                .from(ACCESS_TOKEN).join(OAUTH_APPLICATION).on(OAUTH_APPLICATION.ID.eq(ACCESS_TOKEN.APPLICATION_ID))
                .where(ACCESS_TOKEN.ACCOUNT_ID.eq(accountId)).and(ACCESS_TOKEN.REVOKED_AT.isNull())
                .groupBy(OAUTH_APPLICATION.ID, OAUTH_APPLICATION.NAME, OAUTH_APPLICATION.WEBSITE,
                        OAUTH_APPLICATION.SCOPES)
                .orderBy(since, OAUTH_APPLICATION.ID)
                .limit(limit)
                .fetch(r -> new AuthorizedApp(r.value1(), r.value2(), r.value3(), r.value4(),
                        Times.instant(r.value5())));
    }

    @Override
    public int revokeApp(long accountId, long applicationId, Instant at) {
        return db.dsl().update(ACCESS_TOKEN).set(ACCESS_TOKEN.REVOKED_AT, Times.time(at))
                .where(ACCESS_TOKEN.ACCOUNT_ID.eq(accountId)).and(ACCESS_TOKEN.APPLICATION_ID.eq(applicationId))
                .and(ACCESS_TOKEN.REVOKED_AT.isNull()).execute();
    }

    private static StoredToken toToken(AccessTokenRecord r) {
        return new StoredToken(r.getId(), r.getAccountId(), r.getTokenHash(), r.getScopes(),
                Times.instant(r.getCreatedAt()), Times.instant(r.getRevokedAt()),
                r.getApplicationId(), r.getRefreshTokenHash());
    }
}
