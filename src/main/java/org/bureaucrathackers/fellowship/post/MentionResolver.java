package org.bureaucrathackers.fellowship.post;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;

/**
 * Finds the account a remote mention {@code @username@domain} names (WebFinger, then the actor), storing
 * it if it is new. Called before a post's transaction opens, since it may go to the network.
 */
public interface MentionResolver {

    /** @param domain host, with ":port" when the handle has one */
    Optional<Account> resolve(String username, String domain);

    /** Resolves nothing: remote mentions stay plain text. */
    MentionResolver NONE = (username, domain) -> Optional.empty();
}
