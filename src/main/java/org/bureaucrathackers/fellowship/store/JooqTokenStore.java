package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCESS_TOKEN;

import java.util.Optional;
import org.bureaucrathackers.fellowship.mastodon.TokenStore;

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
                .set(ACCESS_TOKEN.CREATED_AT, JooqAccountStore.time(token.createdAt()))
                .set(ACCESS_TOKEN.REVOKED_AT, JooqAccountStore.time(token.revokedAt()))
                .execute();
    }

    @Override
    public Optional<StoredToken> findByHash(String tokenHash) {
        return db.dsl().selectFrom(ACCESS_TOKEN).where(ACCESS_TOKEN.TOKEN_HASH.eq(tokenHash)).fetchOptional()
                .map(r -> new StoredToken(r.getId(), r.getAccountId(), r.getTokenHash(), r.getScopes(),
                        JooqAccountStore.instant(r.getCreatedAt()), JooqAccountStore.instant(r.getRevokedAt())));
    }
}
