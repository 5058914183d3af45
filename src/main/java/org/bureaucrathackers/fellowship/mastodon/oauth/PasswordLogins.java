package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.actor.LocalUser;
import org.bureaucrathackers.fellowship.signature.PasswordHashes;

/**
 * Signs a fellow in with a login (username, e-mail address or {@code user@this-domain}) and a password,
 * behind the {@link LoginThrottle}. Unknown logins take as long as known ones (a hash is checked either
 * way), so timing does not tell which accounts exist.
 */
public final class PasswordLogins {

    private static final int MAX_LOGIN_LENGTH = 320;

    private final AccountStore accounts;
    private final String domain;
    private final LoginThrottle throttle;
    private final String decoyHash;

    public PasswordLogins(AccountStore accounts, String domain, LoginThrottle throttle) {
        this.accounts = accounts;
        this.domain = domain;
        this.throttle = throttle;
        this.decoyHash = PasswordHashes.hash(Secrets.random());
    }

    /** The fellow {@code login} and {@code password} name; {@link SignInRefused} otherwise. */
    public Account signIn(String login, String password, String address) {
        Optional<Duration> addressWait = throttle.addressBlockedFor(address);
        if (addressWait.isPresent()) {
            throw SignInRefused.throttled(addressWait.get());
        }
        String normalised = login == null ? "" : login.strip();
        Optional<Account> account = find(normalised);
        // Hashed, so that however long a made-up login is, it costs the throttle the same few bytes.
        String accountKey = account.map(a -> "account:" + a.id())
                .orElse("login:" + Secrets.hash(normalised.toLowerCase(Locale.ROOT)));
        Optional<Duration> wait = throttle.blockedFor(accountKey, address);
        if (wait.isPresent()) {
            throw SignInRefused.throttled(wait.get());
        }
        String hash = account.flatMap(a -> accounts.findLocalUser(a.id())).map(LocalUser::passwordHash).orElse(null);
        boolean matches = PasswordHashes.matches(password == null ? "" : password, hash == null ? decoyHash : hash);
        if (!matches || hash == null) {
            throttle.failed(accountKey, address);
            throw SignInRefused.wrongCredentials();
        }
        throttle.succeeded(accountKey);
        return account.get();
    }

    private Optional<Account> find(String login) {
        if (login.isEmpty() || login.length() > MAX_LOGIN_LENGTH) {
            return Optional.empty();
        }
        String name = login.startsWith("@") ? login.substring(1) : login;
        Optional<Account> found;
        int at = name.lastIndexOf('@');
        if (at < 0) {
            found = accounts.findLocal(name);
        } else {
            found = accounts.findLocalUserByEmail(name).flatMap(user -> accounts.findById(user.accountId()));
            if (found.isEmpty() && name.substring(at + 1).equalsIgnoreCase(domain)) {
                found = accounts.findLocal(name.substring(0, at));
            }
        }
        return found.filter(a -> a.isLocal() && !a.isDeleted() && a.actorType() == Account.ActorType.Person);
    }
}
