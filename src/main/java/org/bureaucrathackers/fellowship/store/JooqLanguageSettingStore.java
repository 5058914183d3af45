package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.LOCAL_USER;

import java.util.Optional;
import org.bureaucrathackers.fellowship.session.LanguageSettingStore;

public final class JooqLanguageSettingStore implements LanguageSettingStore {

    private final Database db;

    public JooqLanguageSettingStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<String> find(long accountId) {
        return db.dsl().select(LOCAL_USER.WEB_LANGUAGE).from(LOCAL_USER).where(LOCAL_USER.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> r.value1());
    }

    @Override
    public void save(long accountId, String language) {
        db.dsl().update(LOCAL_USER).set(LOCAL_USER.WEB_LANGUAGE, language)
                .where(LOCAL_USER.ACCOUNT_ID.eq(accountId)).execute();
    }
}
