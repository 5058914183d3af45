package org.bureaucrathackers.fellowship.store;

import static org.bureaucrathackers.fellowship.store.Times.instant;
import static org.bureaucrathackers.fellowship.store.Times.time;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_FIELD;
import static org.bureaucrathackers.fellowship.store.schema.Tables.ACCOUNT_KEY;

import java.time.Instant;
import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.actor.ProfileField;
import org.bureaucrathackers.fellowship.actor.RemoteAccount;
import org.bureaucrathackers.fellowship.actor.StoredKey;
import org.bureaucrathackers.fellowship.actor.Usernames;
import org.bureaucrathackers.fellowship.store.schema.tables.records.AccountKeyRecord;
import org.bureaucrathackers.fellowship.store.schema.tables.records.AccountRecord;
import org.bureaucrathackers.fellowship.store.schema.tables.records.LocalUserRecord;
import org.jooq.DSLContext;

/** The mapping between an account and its rows (account, account_field, account_key, local_user), written once. */
final class AccountRows {

    private AccountRows() {
    }

    /**
     * Copies what an account may change onto its row: everything but the id, the URI and the creation time,
     * which only a new row takes ({@link #fillNew}).
     */
    static void fill(AccountRecord r, Account a) {
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
        r.setHeaderUrl(a.headerUrl());
        r.setHeaderMediaType(a.headerMediaType());
        r.setInboxUrl(a.inboxUrl());
        r.setSharedInboxUrl(a.sharedInboxUrl());
        r.setOutboxUrl(a.outboxUrl());
        r.setFollowersUrl(a.followersUrl());
        r.setFollowingUrl(a.followingUrl());
        r.setFeaturedUrl(a.featuredUrl());
        r.setUpdatedAt(time(a.updatedAt()));
        r.setDeletedAt(time(a.deletedAt()));
    }

    /** Copies a whole account onto a new row. */
    static void fillNew(AccountRecord r, Account a) {
        r.setId(a.id());
        r.setUri(a.uri());
        r.setCreatedAt(time(a.createdAt()));
        fill(r, a);
    }

    static Account toAccount(AccountRecord r, List<ProfileField> fields) {
        return new Account(r.getId(), r.getUsername(), r.getDomain(), r.getUri(), r.getUrl(),
                Account.ActorType.valueOf(r.getActorType()), r.getDisplayName(), r.getSummaryHtml(),
                r.getManuallyApprovesFollowers(), r.getDiscoverable(), r.getIndexable(), r.getAvatarUrl(),
                r.getAvatarMediaType(), r.getInboxUrl(), r.getSharedInboxUrl(), r.getOutboxUrl(),
                r.getFollowersUrl(), r.getFollowingUrl(), r.getFeaturedUrl(), instant(r.getCreatedAt()),
                instant(r.getUpdatedAt()), instant(r.getDeletedAt()), fields, r.getHeaderUrl(),
                r.getHeaderMediaType());
    }

    static RemoteAccount toRemote(Account account, AccountRecord r) {
        String aliases = r.getAlsoKnownAs();
        return new RemoteAccount(account, instant(r.getFetchedAt()), r.getMovedToUri(),
                aliases == null || aliases.isEmpty() ? List.of() : List.of(aliases.split("\n")));
    }

    static List<ProfileField> fields(DSLContext dsl, long accountId) {
        return dsl.selectFrom(ACCOUNT_FIELD)
                .where(ACCOUNT_FIELD.ACCOUNT_ID.eq(accountId))
                .orderBy(ACCOUNT_FIELD.SORT_ORDER.asc())
                .fetch(f -> new ProfileField(f.getFieldName(), f.getFieldValue()));
    }

    /** The profile fields of each of {@code accountIds} that has any, in their order, in one query. */
    static java.util.Map<Long, List<ProfileField>> fieldsOf(DSLContext dsl, java.util.Collection<Long> accountIds) {
        java.util.Map<Long, List<ProfileField>> fields = new java.util.HashMap<>();
        dsl.selectFrom(ACCOUNT_FIELD)
                .where(ACCOUNT_FIELD.ACCOUNT_ID.in(accountIds))
                .orderBy(ACCOUNT_FIELD.ACCOUNT_ID.asc(), ACCOUNT_FIELD.SORT_ORDER.asc())
                .forEach(f -> fields.computeIfAbsent(f.getAccountId(), id -> new java.util.ArrayList<>())
                        .add(new ProfileField(f.getFieldName(), f.getFieldValue())));
        return fields;
    }

    /** Writes the profile fields of an account in their order, replacing any it had. */
    static void replaceFields(DSLContext tx, long accountId, List<ProfileField> fields) {
        tx.deleteFrom(ACCOUNT_FIELD).where(ACCOUNT_FIELD.ACCOUNT_ID.eq(accountId)).execute();
        int order = 0;
        for (ProfileField field : fields) {
            tx.insertInto(ACCOUNT_FIELD)
                    .set(ACCOUNT_FIELD.ACCOUNT_ID, accountId)
                    .set(ACCOUNT_FIELD.SORT_ORDER, order++)
                    .set(ACCOUNT_FIELD.FIELD_NAME, field.name())
                    .set(ACCOUNT_FIELD.FIELD_VALUE, field.valueHtml())
                    .execute();
        }
    }

    /** Stores one key of an account; {@code privateKeyPem} is null for a key whose private half lives elsewhere. */
    static void insertKey(DSLContext tx, long accountId, StoredKey key, String privateKeyPem, Instant createdAt) {
        tx.insertInto(ACCOUNT_KEY)
                .set(ACCOUNT_KEY.KEY_ID, key.keyId())
                .set(ACCOUNT_KEY.ACCOUNT_ID, accountId)
                .set(ACCOUNT_KEY.KEY_TYPE, key.type().name())
                .set(ACCOUNT_KEY.PUBLIC_KEY, key.publicKey())
                .set(ACCOUNT_KEY.PRIVATE_KEY, privateKeyPem)
                .set(ACCOUNT_KEY.ASSERTION_METHOD, key.assertionMethod())
                .set(ACCOUNT_KEY.CREATED_AT, time(createdAt))
                .execute();
    }

    static LocalUser toUser(LocalUserRecord r) {
        return new LocalUser(r.getAccountId(), r.getEmail(), r.getPasswordHash(), r.getAdmin(),
                instant(r.getCreatedAt()));
    }

    static StoredKey toKey(AccountKeyRecord r) {
        return new StoredKey(r.getKeyId(), r.getAccountId(), StoredKey.KeyType.valueOf(r.getKeyType()),
                r.getPublicKey(), r.getPrivateKey(), Boolean.TRUE.equals(r.getAssertionMethod()));
    }
}
