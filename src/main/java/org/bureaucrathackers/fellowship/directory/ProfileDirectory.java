package org.bureaucrathackers.fellowship.directory;

import java.util.List;
import org.bureaucrathackers.fellowship.actor.Account;

/** The accounts that chose to be listed (discoverable), this instance's or every known one. */
public final class ProfileDirectory {

    private final DirectoryStore directory;
    private final AccountLookup lookup;

    public ProfileDirectory(DirectoryStore directory, AccountLookup lookup) {
        this.directory = directory;
        this.lookup = lookup;
    }

    public List<Account> list(DirectoryOrder order, boolean localOnly, int offset, int limit) {
        return lookup.byIds(directory.discoverable(order, localOnly, offset, limit));
    }
}
