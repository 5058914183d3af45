package org.bureaucrathackers.fellowship.actor;

import java.util.List;
import java.util.Optional;

/** Persistence of accounts, their keys and local credentials. */
public interface AccountStore {

    /** A local account by username, compared case-insensitively; deleted accounts are returned too. */
    Optional<Account> findLocal(String username);

    Optional<Account> findByUri(String uri);

    Optional<Account> findById(long id);

    /** Local Person accounts that are not deleted, oldest first. */
    List<Account> listLocalFellows(int offset, int limit);

    long countLocalFellows();

    List<StoredKey> keysOf(long accountId);

    Optional<LocalUser> findLocalUserByEmail(String email);

    Optional<LocalUser> findLocalUser(long accountId);

    /** Inserts a local account with its credentials (may be null for the instance actor) and keys, atomically. */
    void insertLocal(Account account, LocalUser user, List<StoredKey> keys);

    /** Inserts an actor of another server; its domain must not be empty. */
    void insertRemote(Account account);
}
