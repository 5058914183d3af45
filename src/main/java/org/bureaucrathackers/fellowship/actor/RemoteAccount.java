package org.bureaucrathackers.fellowship.actor;

import java.time.Instant;
import java.util.List;

/**
 * A remote account with what only remote accounts have: when its document was fetched, where it says it moved
 * ({@code movedTo}, may be null) and the aliases it lists ({@code alsoKnownAs}).
 */
public record RemoteAccount(Account account, Instant fetchedAt, String movedToUri, List<String> alsoKnownAs) {

    public RemoteAccount {
        if (account.isLocal()) {
            throw new IllegalArgumentException("a remote account needs a domain: " + account.uri());
        }
        alsoKnownAs = List.copyOf(alsoKnownAs);
    }
}
