package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.Times.instant;
import static org.bureaucrathackers.fellowship.store.Times.time;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_FIELD;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_KEY;
import static org.bureaucrathackers.fellowship.store.schema.Tables.LOCAL_USER;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.FellowSettings;
import org.bureaucrathackers.fellowship.actor.LocalProfile;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.actor.RemoteAccount;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.actor.Usernames;
import org.bureaucrathackers.fellowship.store.schema.tables.records.AccountRecord;
import org.bureaucrathackers.fellowship.store.schema.tables.records.LocalUserRecord;
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
                .fetch(JooqAccountStore::toKey);
    }

    @Override
    public Optional<LocalUser> findLocalUserByEmail(String email) {
        return db.dsl().selectFrom(LOCAL_USER).where(LOCAL_USER.EMAIL.eq(email.toLowerCase(Locale.ROOT)))
                .fetchOptional().map(JooqAccountStore::toUser);
    }

    @Override
    public Optional<LocalUser> findLocalUser(long accountId) {
        return db.dsl().selectFrom(LOCAL_USER).where(LOCAL_USER.ACCOUNT_ID.eq(accountId))
                .fetchOptional().map(JooqAccountStore::toUser);
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
                tx.insertInto(ACCOUNT_KEY)
                        .set(ACCOUNT_KEY.KEY_ID, key.keyId())
                        .set(ACCOUNT_KEY.ACCOUNT_ID, account.id())
                        .set(ACCOUNT_KEY.KEY_TYPE, key.type().name())
                        .set(ACCOUNT_KEY.PUBLIC_KEY, key.publicKey())
                        .set(ACCOUNT_KEY.PRIVATE_KEY, key.privateKeyPem())
                        .set(ACCOUNT_KEY.ASSERTION_METHOD, key.assertionMethod())
                        .set(ACCOUNT_KEY.CREATED_AT, time(account.createdAt()))
                        .execute();
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
        r.setId(a.id());
        r.setUsername(a.username());
        r.setUsernameKey(Usernames.key(a.username()));
        r.setDomain(a.domain());
        r.setUri(a.uri());
        r.setUrl(a.url());
        r.setActorType(a.actorType().name());
        r.setDisplayName(a.displayName());
        r.setSummaryHtml(a.summaryHtml());
        r.setManuallyApprovesFollowers(a.manuallyApprovesFollowers());
        r.setDiscoverable(a.discoverable());
        r.setIndexable(a.indexable());
        r.setAvatarUrl(a.avatarUrl());
        r.setAvatarMediaType(a.avatarMediaType());
        r.setInboxUrl(a.inboxUrl());
        r.setSharedInboxUrl(a.sharedInboxUrl());
        r.setOutboxUrl(a.outboxUrl());
        r.setFollowersUrl(a.followersUrl());
        r.setFollowingUrl(a.followingUrl());
        r.setFeaturedUrl(a.featuredUrl());
        r.setCreatedAt(time(a.createdAt()));
        r.setUpdatedAt(time(a.updatedAt()));
        r.setDeletedAt(time(a.deletedAt()));
        r.insert();
        int order = 0;
        for (ProfileField field : a.fields()) {
            tx.insertInto(ACCOUNT_FIELD)
                    .set(ACCOUNT_FIELD.ACCOUNT_ID, a.id())
                    .set(ACCOUNT_FIELD.SORT_ORDER, order++)
                    .set(ACCOUNT_FIELD.FIELD_NAME, field.name())
                    .set(ACCOUNT_FIELD.FIELD_VALUE, field.valueHtml())
                    .execute();
        }
    }

    private Account toAccount(AccountRecord r) {
        List<ProfileField> fields = db.dsl().selectFrom(ACCOUNT_FIELD)
                .where(ACCOUNT_FIELD.ACCOUNT_ID.eq(r.getId()))
                .orderBy(ACCOUNT_FIELD.SORT_ORDER.asc())
                .fetch(f -> new ProfileField(f.getFieldName(), f.getFieldValue()));
        return new Account(r.getId(), r.getUsername(), r.getDomain(), r.getUri(), r.getUrl(),
                Account.ActorType.valueOf(r.getActorType()), r.getDisplayName(), r.getSummaryHtml(),
                r.getManuallyApprovesFollowers(), r.getDiscoverable(), r.getIndexable(), r.getAvatarUrl(),
                r.getAvatarMediaType(), r.getInboxUrl(), r.getSharedInboxUrl(), r.getOutboxUrl(),
                r.getFollowersUrl(), r.getFollowingUrl(), r.getFeaturedUrl(), instant(r.getCreatedAt()),
                instant(r.getUpdatedAt()), instant(r.getDeletedAt()), fields);
    }

    private static LocalUser toUser(LocalUserRecord r) {
        return new LocalUser(r.getAccountId(), r.getEmail(), r.getPasswordHash(), r.getAdmin(),
                instant(r.getCreatedAt()));
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
        r.setUsername(a.username());
        r.setUsernameKey(Usernames.key(a.username()));
        r.setDomain(a.domain());
        r.setUrl(a.url());
        r.setActorType(a.actorType().name());
        r.setDisplayName(a.displayName());
        r.setSummaryHtml(a.summaryHtml());
        r.setManuallyApprovesFollowers(a.manuallyApprovesFollowers());
        r.setDiscoverable(a.discoverable());
        r.setIndexable(a.indexable());
        r.setAvatarUrl(a.avatarUrl());
        r.setAvatarMediaType(a.avatarMediaType());
        r.setInboxUrl(a.inboxUrl());
        r.setSharedInboxUrl(a.sharedInboxUrl());
        r.setOutboxUrl(a.outboxUrl());
        r.setFollowersUrl(a.followersUrl());
        r.setFollowingUrl(a.followingUrl());
        r.setFeaturedUrl(a.featuredUrl());
        r.setUpdatedAt(time(a.updatedAt()));
        r.setDeletedAt(time(a.deletedAt()));
        r.update();
        tx.deleteFrom(ACCOUNT_FIELD).where(ACCOUNT_FIELD.ACCOUNT_ID.eq(r.getId())).execute();
        int order = 0;
        for (ProfileField field : a.fields()) {
            tx.insertInto(ACCOUNT_FIELD)
                    .set(ACCOUNT_FIELD.ACCOUNT_ID, r.getId())
                    .set(ACCOUNT_FIELD.SORT_ORDER, order++)
                    .set(ACCOUNT_FIELD.FIELD_NAME, field.name())
                    .set(ACCOUNT_FIELD.FIELD_VALUE, field.valueHtml())
                    .execute();
        }
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
            tx.insertInto(ACCOUNT_KEY)
                    .set(ACCOUNT_KEY.KEY_ID, key.keyId())
                    .set(ACCOUNT_KEY.ACCOUNT_ID, accountId)
                    .set(ACCOUNT_KEY.KEY_TYPE, key.type().name())
                    .set(ACCOUNT_KEY.PUBLIC_KEY, key.publicKey())
                    .set(ACCOUNT_KEY.PRIVATE_KEY, (String) null)
                    .set(ACCOUNT_KEY.ASSERTION_METHOD, key.assertionMethod())
                    .set(ACCOUNT_KEY.CREATED_AT, time(now))
                    .execute();
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
            tx.deleteFrom(ACCOUNT_FIELD).where(ACCOUNT_FIELD.ACCOUNT_ID.eq(accountId)).execute();
            int order = 0;
            for (ProfileField field : profile.fields()) {
                tx.insertInto(ACCOUNT_FIELD)
                        .set(ACCOUNT_FIELD.ACCOUNT_ID, accountId)
                        .set(ACCOUNT_FIELD.SORT_ORDER, order++)
                        .set(ACCOUNT_FIELD.FIELD_NAME, field.name())
                        .set(ACCOUNT_FIELD.FIELD_VALUE, field.valueHtml())
                        .execute();
            }
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
    public Optional<StoredKey> findKey(String keyId) {
        return db.dsl().selectFrom(ACCOUNT_KEY).where(ACCOUNT_KEY.KEY_ID.eq(keyId)).fetchOptional()
                .map(JooqAccountStore::toKey);
    }

    private static StoredKey toKey(org.bureaucrathackers.fellowship.store.schema.tables.records.AccountKeyRecord r) {
        return new StoredKey(r.getKeyId(), r.getAccountId(), StoredKey.KeyType.valueOf(r.getKeyType()),
                r.getPublicKey(), r.getPrivateKey(), Boolean.TRUE.equals(r.getAssertionMethod()));
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
        String aliases = r.getAlsoKnownAs();
        return new RemoteAccount(toAccount(r), instant(r.getFetchedAt()), r.getMovedToUri(),
                aliases == null || aliases.isEmpty() ? List.of() : List.of(aliases.split("\n")));
    }
}
