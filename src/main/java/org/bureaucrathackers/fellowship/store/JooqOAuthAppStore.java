package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.OAUTH_APPLICATION;

import java.util.Arrays;
import java.util.Optional;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApp;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthAppStore;
import org.bureaucrathackers.fellowship.mastodon.oauth.Scopes;
import org.bureaucrathackers.fellowship.store.schema.tables.records.OauthApplicationRecord;

public final class JooqOAuthAppStore implements OAuthAppStore {

    private final Database db;

    public JooqOAuthAppStore(Database db) {
        this.db = db;
    }

    @Override
    public void insert(OAuthApp app) {
        db.dsl().insertInto(OAUTH_APPLICATION)
                .set(OAUTH_APPLICATION.ID, app.id())
                .set(OAUTH_APPLICATION.CLIENT_ID, app.clientId())
                .set(OAUTH_APPLICATION.CLIENT_SECRET_HASH, app.clientSecretHash())
                .set(OAUTH_APPLICATION.NAME, app.name())
                .set(OAUTH_APPLICATION.WEBSITE, app.website())
                .set(OAUTH_APPLICATION.REDIRECT_URIS, String.join("\n", app.redirectUris()))
                .set(OAUTH_APPLICATION.SCOPES, app.scopeText())
                .set(OAUTH_APPLICATION.CREATED_AT, Times.time(app.createdAt()))
                .execute();
    }

    @Override
    public Optional<OAuthApp> findByClientId(String clientId) {
        return db.dsl().selectFrom(OAUTH_APPLICATION).where(OAUTH_APPLICATION.CLIENT_ID.eq(clientId))
                .fetchOptional().map(JooqOAuthAppStore::toApp);
    }

    @Override
    public Optional<OAuthApp> findById(long id) {
        return db.dsl().selectFrom(OAUTH_APPLICATION).where(OAUTH_APPLICATION.ID.eq(id))
                .fetchOptional().map(JooqOAuthAppStore::toApp);
    }

    private static OAuthApp toApp(OauthApplicationRecord r) {
        return new OAuthApp(r.getId(), r.getClientId(), r.getClientSecretHash(), r.getName(), r.getWebsite(),
                Arrays.stream(r.getRedirectUris().split("\n")).filter(s -> !s.isEmpty()).toList(),
                Scopes.parse(r.getScopes()), Times.instant(r.getCreatedAt()));
    }
}
