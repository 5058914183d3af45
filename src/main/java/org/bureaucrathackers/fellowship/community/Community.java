package org.bureaucrathackers.fellowship.community;

import org.bureaucrathackers.fellowship.actor.Account;

/**
 * A community of practice hosted here: its Group account (name, display name, summary, whether joining needs
 * approval) and the plain-text description it was created with.
 */
public record Community(Account account, String description) {

    public String name() {
        return account.username();
    }

    public boolean approvalRequired() {
        return account.manuallyApprovesFollowers();
    }
}
