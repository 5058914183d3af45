package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.schema.Tables.LOCAL_USER;

import org.bureaucrathackers.fellowship.post.PostingDefaults;
import org.bureaucrathackers.fellowship.post.PostingDefaultsStore;
import org.bureaucrathackers.fellowship.post.Status;

/** Posting defaults live on the fellow's local_user row. */
public final class JooqPostingDefaultsStore implements PostingDefaultsStore {

    private final Database db;

    public JooqPostingDefaultsStore(Database db) {
        this.db = db;
    }

    @Override
    public PostingDefaults of(long accountId) {
        return db.dsl().select(LOCAL_USER.DEFAULT_VISIBILITY, LOCAL_USER.DEFAULT_SENSITIVE, LOCAL_USER.DEFAULT_LANGUAGE)
                .from(LOCAL_USER).where(LOCAL_USER.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> new PostingDefaults(Status.Visibility.fromStored(r.value1()), r.value2(),
                        r.value3()))
                .orElse(PostingDefaults.INITIAL);
    }

    @Override
    public void save(long accountId, PostingDefaults defaults) {
        db.dsl().update(LOCAL_USER)
                .set(LOCAL_USER.DEFAULT_VISIBILITY, defaults.visibility().stored())
                .set(LOCAL_USER.DEFAULT_SENSITIVE, defaults.sensitive())
                .set(LOCAL_USER.DEFAULT_LANGUAGE, defaults.language())
                .where(LOCAL_USER.ACCOUNT_ID.eq(accountId))
                .execute();
    }
}
