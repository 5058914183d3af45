package org.bureaucrathackers.fellowship.webfinger;

import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.post.MentionResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Resolves {@code @user@host} in a post: a known account first, else WebFinger and the actor document. */
public final class MentionLookup implements MentionResolver {

    private static final Logger LOG = LoggerFactory.getLogger(MentionLookup.class);

    private final AccountStore accounts;
    private final WebFingerClient webFinger;

    public MentionLookup(AccountStore accounts, WebFingerClient webFinger) {
        this.accounts = accounts;
        this.webFinger = webFinger;
    }

    @Override
    public Optional<Account> resolve(String username, String domain) {
        Optional<Account> known = accounts.findRemoteByHandle(username, domain);
        if (known.isPresent()) {
            return known;
        }
        try {
            return Optional.of(webFinger.resolveHandleOrUrl(username + "@" + domain).account());
        } catch (FetchException e) {
            // An unresolvable mention stays plain text, as on Mastodon.
            LOG.info("mention @{}@{} not resolved: {}", username, domain, e.reason());
            return Optional.empty();
        }
    }
}
