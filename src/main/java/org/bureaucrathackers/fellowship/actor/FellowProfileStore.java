package org.bureaucrathackers.fellowship.actor;

/** Where the structured profiles of accounts, local and remote, are kept. */
public interface FellowProfileStore {

    /** The account's structured profile; {@link FellowProfile#EMPTY} when it has none. */
    FellowProfile find(long accountId);

    /** Replaces the account's structured profile; an empty one removes it. */
    void replace(long accountId, FellowProfile profile);
}
