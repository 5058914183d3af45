package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.Times.time;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_KEY;
import static org.bureaucrathackers.fellowship.store.schema.Tables.LOCAL_USER;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.FellowSettings;
import org.bureaucrathackers.fellowship.actor.LocalProfile;
import org.bureaucrathackers.fellowship.actor.ProfileImage;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.actor.RemoteAccount;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.actor.Usernames;
import org.bureaucrathackers.fellowship.store.schema.tables.records.AccountRecord;
import org.jooq.DSLContext;

public final class JooqAccountStore implements AccountStore {

    private final Database db;

    public JooqAccountStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Account> findLocal(String username) {
        return db.dsl().selectFrom(ACCOUNT)
                .where(ACCOUNT.USERNAME_KEY.eq(Usernames.key(username)).and(ACCOUNT.DOMAIN.eq("")))
                .fetchOptional()
                .map(this::toAccount);
    }

    @Override
    public Optional<Account> findByUri(String uri) {
        return db.dsl().selectFrom(ACCOUNT).where(ACCOUNT.URI.eq(uri)).fetchOptional().map(this::toAccount);
    }

    @Override
    public Optional<Account> findById(long id) {
        return db.dsl().selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional().map(this::toAccount);
    }

    @Override
    public List<Account> findByIds(java.util.Collection<Long> ids) {
        List<Account> found = new java.util.ArrayList<>();
        for (List<Long> chunk : StatusRows.chunks(ids)) {
            List<AccountRecord> rows = db.dsl().selectFrom(ACCOUNT).where(ACCOUNT.ID.in(chunk)).fetch();
            java.util.Map<Long, List<ProfileField>> fields = AccountRows.fieldsOf(db.dsl(), chunk);
            rows.forEach(r -> found.add(AccountRows.toAccount(r, fields.getOrDefault(r.getId(), List.of()))));
        }
        return found;
    }

    @Override
    public List<Account> listLocalFellows(int offset, int limit) {
        return db.dsl().selectFrom(ACCOUNT)
                .where(localFellows())
                .orderBy(ACCOUNT.ID.asc())
                .offset(offset).limit(limit)
                .fetch(this::toAccount);
    }

    @Override
    public long countLocalFellows() {
        return db.dsl().fetchCount(ACCOUNT, localFellows());
    }

    private org.jooq.Condition localFellows() {
        return ACCOUNT.DOMAIN.eq("").and(ACCOUNT.ACTOR_TYPE.eq(Account.ActorType.Person.name()))
                .and(ACCOUNT.DELETED_AT.isNull());
    }

    @Override
    public List<StoredKey> keysOf(long accountId) {
        return db.dsl().selectFrom(ACCOUNT_KEY).where(ACCOUNT_KEY.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_KEY.CREATED_AT.asc(), ACCOUNT_KEY.KEY_ID.asc())
                .fetch(AccountRows::toKey);
    }

    @Override
    public Optional<LocalUser> findLocalUserByEmail(String email) {
        return db.dsl().selectFrom(LOCAL_USER).where(LOCAL_USER.EMAIL.eq(email.toLowerCase(Locale.ROOT)))
                .fetchOptional().map(AccountRows::toUser);
    }

    @Override
    public Optional<LocalUser> findLocalUser(long accountId) {
        return db.dsl().selectFrom(LOCAL_USER).where(LOCAL_USER.ACCOUNT_ID.eq(accountId))
                .fetchOptional().map(AccountRows::toUser);
    }

    @Override
    public boolean updatePasswordHash(long accountId, String passwordHash) {
        return db.dsl().update(LOCAL_USER).set(LOCAL_USER.PASSWORD_HASH, passwordHash)
                .where(LOCAL_USER.ACCOUNT_ID.eq(accountId)).execute() == 1;
    }

    @Override
    public void insertLocal(Account account, LocalUser user, List<StoredKey> keys) {
        db.inTransaction(tx -> {
            insertAccount(tx, account);
            if (user != null) {
                tx.insertInto(LOCAL_USER)
                        .set(LOCAL_USER.ACCOUNT_ID, account.id())
                        .set(LOCAL_USER.EMAIL, user.email())
                        .set(LOCAL_USER.PASSWORD_HASH, user.passwordHash())
                        .set(LOCAL_USER.ADMIN, user.admin())
                        .set(LOCAL_USER.CREATED_AT, time(user.createdAt()))
                        .execute();
            }
            for (StoredKey key : keys) {
                AccountRows.insertKey(tx, account.id(), key, key.privateKeyPem(), account.createdAt());
            }
            return null;
        });
    }

    @Override
    public void insertRemote(Account account) {
        if (account.isLocal()) {
            throw new IllegalArgumentException("a remote account needs a domain: " + account.uri());
        }
        db.inTransaction(tx -> {
            insertAccount(tx, account);
            return null;
        });
    }

    private void insertAccount(DSLContext tx, Account a) {
        AccountRecord r = tx.newRecord(ACCOUNT);
        AccountRows.fillNew(r, a);
        r.insert();
        AccountRows.replaceFields(tx, a.id(), a.fields());
        FellowSearchIndex.write(tx, List.of(a.id()));
    }

    private Account toAccount(AccountRecord r) {
        return AccountRows.toAccount(r, AccountRows.fields(db.dsl(), r.getId()));
    }

    @Override
    public Optional<RemoteAccount> findRemote(String uri) {
        return db.dsl().selectFrom(ACCOUNT).where(ACCOUNT.URI.eq(uri).and(ACCOUNT.DOMAIN.ne("")))
                .fetchOptional()
                .map(this::toRemote);
    }

    @Override
    public Optional<Account> findRemoteByHandle(String username, String domain) {
        return db.dsl().selectFrom(ACCOUNT)
                .where(ACCOUNT.USERNAME_KEY.eq(Usernames.key(username))
                        .and(ACCOUNT.DOMAIN.eq(domain.toLowerCase(Locale.ROOT)))
                        .and(ACCOUNT.DOMAIN.ne("")))
                .fetchOptional()
                .map(this::toAccount);
    }

    @Override
    public RemoteAccount upsertRemote(RemoteAccount remote, List<StoredKey> keys) {
        Account a = remote.account();
        return db.inTransaction(tx -> {
            AccountRecord existing = tx.selectFrom(ACCOUNT).where(ACCOUNT.URI.eq(a.uri())).forUpdate().fetchOptional()
                    .orElse(null);
            long id;
            if (existing == null) {
                id = a.id();
                insertAccount(tx, a);
            } else {
                if (existing.getDomain().isEmpty()) {
                    throw new IllegalArgumentException("a remote actor may not replace the local account " + a.uri());
                }
                id = existing.getId();
                updateRemote(tx, existing, a);
            }
            tx.update(ACCOUNT)
                    .set(ACCOUNT.FETCHED_AT, time(remote.fetchedAt()))
                    .set(ACCOUNT.MOVED_TO_URI, remote.movedToUri())
                    .set(ACCOUNT.ALSO_KNOWN_AS, remote.alsoKnownAs().isEmpty() ? null
                            : String.join("\n", remote.alsoKnownAs()))
                    .where(ACCOUNT.ID.eq(id))
                    .execute();
            replaceKeys(tx, id, keys, remote.fetchedAt());
            return toRemote(tx.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchSingle());
        });
    }

    private void updateRemote(DSLContext tx, AccountRecord r, Account a) {
        AccountRows.fill(r, a);
        r.update();
        AccountRows.replaceFields(tx, r.getId(), a.fields());
        FellowSearchIndex.write(tx, List.of(r.getId()));
    }

    private static void replaceKeys(DSLContext tx, long accountId, List<StoredKey> keys, Instant now) {
        List<String> keyIds = keys.stream().map(StoredKey::keyId).distinct().toList();
        if (!keyIds.isEmpty()) {
            boolean claimsLocalKey = tx.fetchExists(tx.select(ACCOUNT_KEY.KEY_ID).from(ACCOUNT_KEY)
                    .join(ACCOUNT).on(ACCOUNT.ID.eq(ACCOUNT_KEY.ACCOUNT_ID))
                    .where(ACCOUNT_KEY.KEY_ID.in(keyIds).and(ACCOUNT.DOMAIN.eq(""))));
            if (claimsLocalKey) {
                throw new IllegalArgumentException("a remote actor may not claim a local key");
            }
            tx.deleteFrom(ACCOUNT_KEY).where(ACCOUNT_KEY.KEY_ID.in(keyIds)).execute();
        }
        tx.deleteFrom(ACCOUNT_KEY).where(ACCOUNT_KEY.ACCOUNT_ID.eq(accountId)).execute();
        java.util.Set<String> inserted = new java.util.HashSet<>();
        for (StoredKey key : keys) {
            if (!inserted.add(key.keyId())) {
                continue;
            }
            // A remote key never carries a private half, whatever the document claimed.
            AccountRows.insertKey(tx, accountId, key, null, now);
        }
    }

    @Override
    public void updateProfileImages(long accountId, ProfileImage avatar, ProfileImage header) {
        if (avatar != null) {
            db.dsl().update(ACCOUNT).set(ACCOUNT.AVATAR_URL, avatar.url())
                    .set(ACCOUNT.AVATAR_MEDIA_TYPE, avatar.mediaType())
                    .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.DOMAIN.eq(""))).execute();
        }
        if (header != null) {
            db.dsl().update(ACCOUNT).set(ACCOUNT.HEADER_URL, header.url())
                    .set(ACCOUNT.HEADER_MEDIA_TYPE, header.mediaType())
                    .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.DOMAIN.eq(""))).execute();
        }
    }

    @Override
    public void updateLocalProfile(long accountId, LocalProfile profile, Instant updatedAt) {
        db.inTransaction(tx -> {
            int updated = tx.update(ACCOUNT)
                    .set(ACCOUNT.DISPLAY_NAME, profile.displayName())
                    .set(ACCOUNT.SUMMARY_HTML, profile.summaryHtml())
                    .set(ACCOUNT.MANUALLY_APPROVES_FOLLOWERS, profile.manuallyApprovesFollowers())
                    .set(ACCOUNT.DISCOVERABLE, profile.discoverable())
                    .set(ACCOUNT.INDEXABLE, profile.indexable())
                    .set(ACCOUNT.UPDATED_AT, time(updatedAt))
                    .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.DOMAIN.eq("")))
                    .execute();
            if (updated == 0) {
                throw new IllegalArgumentException("no local account " + accountId);
            }
            tx.update(LOCAL_USER)
                    .set(LOCAL_USER.BIO_SOURCE, profile.bioSource())
                    .set(LOCAL_USER.HIDE_COLLECTIONS, profile.hideCollections())
                    .where(LOCAL_USER.ACCOUNT_ID.eq(accountId))
                    .execute();
            AccountRows.replaceFields(tx, accountId, profile.fields());
            FellowSearchIndex.write(tx, List.of(accountId));
            return null;
        });
    }

    @Override
    public FellowSettings fellowSettings(long accountId) {
        return db.dsl().select(LOCAL_USER.BIO_SOURCE, LOCAL_USER.HIDE_COLLECTIONS).from(LOCAL_USER)
                .where(LOCAL_USER.ACCOUNT_ID.eq(accountId))
                .fetchOptional(r -> new FellowSettings(r.value1(), r.value2()))
                .orElse(FellowSettings.DEFAULT);
    }

    @Override
    public java.util.Map<Long, FellowSettings> fellowSettingsOf(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, FellowSettings> settings = new java.util.HashMap<>();
        for (List<Long> chunk : StatusRows.chunks(accountIds)) {
            db.dsl().select(LOCAL_USER.ACCOUNT_ID, LOCAL_USER.BIO_SOURCE, LOCAL_USER.HIDE_COLLECTIONS).from(LOCAL_USER)
                    .where(LOCAL_USER.ACCOUNT_ID.in(chunk))
                    .fetch().forEach(r -> settings.put(r.value1(), new FellowSettings(r.value2(), r.value3())));
        }
        accountIds.forEach(id -> settings.putIfAbsent(id, FellowSettings.DEFAULT));
        return settings;
    }

    @Override
    public Optional<StoredKey> findKey(String keyId) {
        return db.dsl().selectFrom(ACCOUNT_KEY).where(ACCOUNT_KEY.KEY_ID.eq(keyId)).fetchOptional()
                .map(AccountRows::toKey);
    }

    @Override
    public boolean deleteRemote(long accountId) {
        return db.dsl().deleteFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.DOMAIN.ne(""))).execute() > 0;
    }

    @Override
    public void markRemoteDeleted(long accountId, Instant deletedAt) {
        db.dsl().update(ACCOUNT)
                .set(ACCOUNT.DELETED_AT, time(deletedAt))
                .set(ACCOUNT.UPDATED_AT, time(deletedAt))
                .where(ACCOUNT.ID.eq(accountId).and(ACCOUNT.DOMAIN.ne("")).and(ACCOUNT.DELETED_AT.isNull()))
                .execute();
    }

    private RemoteAccount toRemote(AccountRecord r) {
        return AccountRows.toRemote(toAccount(r), r);
    }
}
