package org.bureaucrathackers.fellowship.actor;

import java.util.List;
import java.util.Optional;

/** Persistence of accounts, their keys and local credentials. */
public interface AccountStore {

    /** A local account by username, compared case-insensitively; deleted accounts are returned too. */
    Optional<Account> findLocal(String username);

    Optional<Account> findByUri(String uri);

    /** Whether an actor with this id is stored here, local or remote. */
    default boolean isKnown(String uri) {
        return findByUri(uri).isPresent();
    }

    Optional<Account> findById(long id);

    /** The accounts of {@code ids} that exist, in any order: a whole page of them at once. */
    default List<Account> findByIds(java.util.Collection<Long> ids) {
        List<Account> found = new java.util.ArrayList<>();
        for (long id : new java.util.LinkedHashSet<>(ids)) {
            findById(id).ifPresent(found::add);
        }
        return found;
    }

    /** Local Person accounts that are not deleted, oldest first. */
    List<Account> listLocalFellows(int offset, int limit);

    long countLocalFellows();

    List<StoredKey> keysOf(long accountId);

    Optional<LocalUser> findLocalUserByEmail(String email);

    Optional<LocalUser> findLocalUser(long accountId);

    /** Replaces a local fellow's password hash; returns false when the account has no credentials row. */
    boolean updatePasswordHash(long accountId, String passwordHash);

    /** Inserts a local account with its credentials (may be null for the instance actor) and keys, atomically. */
    void insertLocal(Account account, LocalUser user, List<StoredKey> keys);

    /** Inserts an actor of another server; its domain must not be empty. */
    void insertRemote(Account account);

    /** A remote account by its actor id, with its fetch metadata; deleted accounts are returned too. */
    Optional<RemoteAccount> findRemote(String uri);

    /** A remote account by username (case-insensitive) and domain ({@code host[:port]}). */
    Optional<Account> findRemoteByHandle(String username, String domain);

    /**
     * Inserts a remote account, or updates the one with the same uri keeping its id and creation time; its
     * profile fields and keys are replaced by those given. Keys of the same ids held by another remote account
     * move to this one. Returns what was stored.
     */
    RemoteAccount upsertRemote(RemoteAccount remote, List<StoredKey> keys);

    /** A key by its id, local or remote. */
    Optional<StoredKey> findKey(String keyId);

    /** Replaces everything a fellow can edit on their profile. */
    void updateLocalProfile(long accountId, LocalProfile profile, java.time.Instant updatedAt);

    /** Sets a local fellow's avatar and header; a null image stays as it is. */
    void updateProfileImages(long accountId, ProfileImage avatar, ProfileImage header);

    /** The profile settings of a local fellow kept beside the actor; the defaults for any other account. */
    FellowSettings fellowSettings(long accountId);

    /** {@link #fellowSettings} of each of {@code accountIds}, for a whole page at once. */
    default java.util.Map<Long, FellowSettings> fellowSettingsOf(java.util.Collection<Long> accountIds) {
        java.util.Map<Long, FellowSettings> settings = new java.util.HashMap<>();
        accountIds.forEach(id -> settings.put(id, fellowSettings(id)));
        return settings;
    }

    /**
     * Removes a remote account and everything hanging off it (statuses, follows, likes, blocks, keys): its actor
     * deleted itself (P2). Local accounts are left alone. Returns whether a row went.
     */
    boolean deleteRemote(long accountId);

    /** Marks a remote account deleted (its server answered 410 Gone); local accounts are left alone. */
    void markRemoteDeleted(long accountId, java.time.Instant deletedAt);
}
