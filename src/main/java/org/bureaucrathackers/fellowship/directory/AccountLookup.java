package org.bureaucrathackers.fellowship.directory;

import java.util.List;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the accounts clients name by id or by {@code acct}. Deleted accounts and this instance's own actor are
 * not found. Only a signed-in fellow's lookups may ask other servers (WebFinger): anonymous callers get what is
 * stored here.
 */
public final class AccountLookup {

    private static final Logger LOG = LoggerFactory.getLogger(AccountLookup.class);

    private final AccountStore accounts;
    private final WebFingerClient webFinger;
    private final LocalUris uris;

    public AccountLookup(AccountStore accounts, WebFingerClient webFinger, LocalUris uris) {
        this.accounts = accounts;
        this.webFinger = webFinger;
        this.uris = uris;
    }

    public Optional<Account> byId(long id) {
        return accounts.findById(id).filter(this::isListed);
    }

    /** The listed accounts among {@code ids}, in the order of {@code ids}, loaded together. */
    public List<Account> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Account> found = new java.util.HashMap<>();
        accounts.findByIds(ids).stream().filter(this::isListed).forEach(a -> found.put(a.id(), a));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The account {@code acct} names: {@code alice} or {@code alice@<this domain>} here, {@code bob@host} as
     * stored, else through WebFinger when {@code resolve}.
     */
    public Optional<Account> byAcct(String acct, boolean resolve) {
        SearchTerm term = SearchTerm.read(acct, uris.domain());
        if (term.kind() != SearchTerm.Kind.HANDLE) {
            return Optional.empty();
        }
        if (!term.isRemoteHandle()) {
            return accounts.findLocal(term.username()).filter(this::isListed);
        }
        Optional<Account> known = accounts.findRemoteByHandle(term.username(), term.domain()).filter(this::isListed);
        if (known.isPresent() || !resolve) {
            return known;
        }
        return resolveHandleOrUrl(term.username() + "@" + term.domain());
    }

    /** A stored account by its actor id, or a local one by its profile URL. */
    public Optional<Account> byUrl(String url) {
        return accounts.findByUri(url).or(() -> uris.usernameOf(url).flatMap(accounts::findLocal))
                .filter(this::isListed);
    }

    /** The account a handle or URL leads to, asking its server; empty (and logged) when it cannot be had. */
    public Optional<Account> resolveHandleOrUrl(String handleOrUrl) {
        try {
            return Optional.of(webFinger.resolveHandleOrUrl(handleOrUrl).account()).filter(this::isListed);
        } catch (FetchException e) {
            LOG.info("{} not resolved: {}", handleOrUrl, e.getMessage());
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            // An actor document the store refuses (one claiming a local id): nothing to show, no failure of ours.
            LOG.info("{} not resolved: {}", handleOrUrl, e.getMessage());
            return Optional.empty();
        }
    }

    /** Accounts shown on the API: not deleted, and not this instance's own actor. */
    private boolean isListed(Account account) {
        return !account.isDeleted() && !(account.isLocal() && account.actorType() == Account.ActorType.Application);
    }
}
