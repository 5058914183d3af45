package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.OAUTH_AUTHORIZATION_CODE;

import java.time.Instant;
import java.util.Optional;
import org.bureaucrathackers.fellowship.mastodon.oauth.AuthorizationCodeStore;
import org.bureaucrathackers.fellowship.store.schema.tables.records.OauthAuthorizationCodeRecord;

public final class JooqAuthorizationCodeStore implements AuthorizationCodeStore {

    private final Database db;

    public JooqAuthorizationCodeStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(StoredCode code) {
        db.dsl().insertInto(OAUTH_AUTHORIZATION_CODE)
                .set(OAUTH_AUTHORIZATION_CODE.ID, code.id())
                .set(OAUTH_AUTHORIZATION_CODE.CODE_HASH, code.codeHash())
                .set(OAUTH_AUTHORIZATION_CODE.APPLICATION_ID, code.applicationId())
                .set(OAUTH_AUTHORIZATION_CODE.ACCOUNT_ID, code.accountId())
                .set(OAUTH_AUTHORIZATION_CODE.REDIRECT_URI, code.redirectUri())
                .set(OAUTH_AUTHORIZATION_CODE.SCOPES, code.scopes())
                .set(OAUTH_AUTHORIZATION_CODE.CODE_CHALLENGE, code.codeChallenge())
                .set(OAUTH_AUTHORIZATION_CODE.CREATED_AT, Times.time(code.createdAt()))
                .set(OAUTH_AUTHORIZATION_CODE.EXPIRES_AT, Times.time(code.expiresAt()))
                .set(OAUTH_AUTHORIZATION_CODE.USED_AT, Times.time(code.usedAt()))
                .set(OAUTH_AUTHORIZATION_CODE.TOKEN_ID, code.tokenId())
                .execute();
    }

    @Override
    public Optional<StoredCode> findByHash(String codeHash) {
        return db.dsl().selectFrom(OAUTH_AUTHORIZATION_CODE).where(OAUTH_AUTHORIZATION_CODE.CODE_HASH.eq(codeHash))
                .fetchOptional().map(JooqAuthorizationCodeStore::toCode);
    }

    @Override
    public boolean markUsed(long id, Instant at) {
        return db.dsl().update(OAUTH_AUTHORIZATION_CODE)
                .set(OAUTH_AUTHORIZATION_CODE.USED_AT, Times.time(at))
                .where(OAUTH_AUTHORIZATION_CODE.ID.eq(id)).and(OAUTH_AUTHORIZATION_CODE.USED_AT.isNull())
                .execute() == 1;
    }

    @Override
    public void attachToken(long id, long tokenId) {
        db.dsl().update(OAUTH_AUTHORIZATION_CODE).set(OAUTH_AUTHORIZATION_CODE.TOKEN_ID, tokenId)
                .where(OAUTH_AUTHORIZATION_CODE.ID.eq(id)).execute();
    }

    @Override
    public int deleteExpiredBefore(Instant cutoff) {
        return db.dsl().deleteFrom(OAUTH_AUTHORIZATION_CODE)
                .where(OAUTH_AUTHORIZATION_CODE.EXPIRES_AT.lt(Times.time(cutoff))).execute();
    }

    private static StoredCode toCode(OauthAuthorizationCodeRecord r) {
        return new StoredCode(r.getId(), r.getCodeHash(), r.getApplicationId(), r.getAccountId(), r.getRedirectUri(),
                r.getScopes(), r.getCodeChallenge(), Times.instant(r.getCreatedAt()),
                Times.instant(r.getExpiresAt()), Times.instant(r.getUsedAt()), r.getTokenId());
    }
}
