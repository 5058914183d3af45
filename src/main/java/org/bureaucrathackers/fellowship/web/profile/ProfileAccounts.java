package org.bureaucrathackers.fellowship.web.profile;

import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.fetch.FetchException;
import org.bureaucrathackers.fellowship.moderation.Suspensions;
import org.bureaucrathackers.fellowship.uri.LocalUris;
import org.bureaucrathackers.fellowship.webfinger.WebFingerClient;

/**
 * The account a profile path names: {@code name} for a fellow of this instance, {@code user@domain} for an
 * account of another server. Remote accounts are those known here; only for a signed-in fellow is an unknown
 * one looked up through WebFinger, so visitors cannot make this server fetch.
 */
final class ProfileAccounts {

    /** Longer handles are no handle (WebFinger allows 255 for the user and 253 for the host). */
    static final int MAX_HANDLE = 512;

    private final AccountStore accounts;
    private final WebFingerClient webFinger;
    private final Suspensions suspensions;
    private final LocalUris uris;

    ProfileAccounts(AccountStore accounts, WebFingerClient webFinger, Suspensions suspensions, LocalUris uris) {
        this.accounts = accounts;
        this.webFinger = webFinger;
        this.suspensions = suspensions;
        this.uris = uris;
    }

    static boolean isRemote(String name) {
        return name.indexOf('@') > 0;
    }

    /** A fellow of this instance (a person, deleted ones too: the page says they left). */
    Optional<Account> local(String username) {
        return accounts.findLocal(username).filter(a -> a.actorType() == Account.ActorType.Person);
    }

    /** A remote account shown here; {@code resolve} allows a WebFinger look-up when it is not known yet. */
    Optional<Account> remote(String handle, boolean resolve) {
        if (handle.length() > MAX_HANDLE) {
            return Optional.empty();
        }
        WebFingerClient.Handle parsed;
        try {
            parsed = WebFingerClient.parseHandle(handle);
        } catch (FetchException e) {
            return Optional.empty();
        }
        if (parsed.domain().equals(uris.domain().toLowerCase(Locale.ROOT))) {
            return local(parsed.username());
        }
        Optional<Account> known = accounts.findRemoteByHandle(parsed.username(), parsed.domain());
        if (known.isEmpty() && resolve) {
            try {
                known = Optional.of(webFinger.resolveHandleOrUrl(parsed.acct()).account()).filter(a -> !a.isLocal());
            } catch (FetchException | RuntimeException e) {
                // Not found, unreachable, refused or a document that could not be read: the page says it is
                // not known here rather than fail.
                known = Optional.empty();
            }
        }
        return known.filter(a -> !a.isDeleted() && !suspensions.isSuspended(a.uri()));
    }

    /** The handle that names {@code account} everywhere: user@domain. */
    String handle(Account account) {
        return account.isLocal() ? uris.handle(account.username()) : account.username() + "@" + account.domain();
    }

    /** The path of its profile page here. */
    static String path(Account account) {
        return account.isLocal() ? "/@" + account.username() : "/@" + account.username() + "@" + account.domain();
    }
}
