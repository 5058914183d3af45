package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Brute-force protection for password sign-in (the password grant and the authorize form): at most 5
 * failures per account and 30 per client address in any 15 minutes. Unknown logins count like accounts, so
 * being throttled does not tell whether an account exists. In-process, as {@link RateWindow} explains.
 */
public final class LoginThrottle {

    public static final int FAILURES_PER_ACCOUNT = 5;
    public static final int FAILURES_PER_ADDRESS = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 10_000;

    private final RateWindow perAccount;
    private final RateWindow perAddress;

    public LoginThrottle(Clock clock) {
        this(FAILURES_PER_ACCOUNT, FAILURES_PER_ADDRESS, WINDOW, clock);
    }

    public LoginThrottle(int perAccount, int perAddress, Duration window, Clock clock) {
        this.perAccount = new RateWindow(perAccount, window, MAX_KEYS, clock);
        this.perAddress = new RateWindow(perAddress, window, MAX_KEYS, clock);
    }

    /** How long the address, or else the account, must wait; empty when a sign-in may be tried now. */
    public Optional<Duration> blockedFor(String accountKey, String address) {
        Optional<Duration> byAddress = perAddress.blockedFor(address);
        return byAddress.isPresent() ? byAddress : perAccount.blockedFor(accountKey);
    }

    public Optional<Duration> addressBlockedFor(String address) {
        return perAddress.blockedFor(address);
    }

    public void failed(String accountKey, String address) {
        perAccount.record(accountKey);
        perAddress.record(address);
    }

    /** A correct password clears the account's failures; the address's stay, so one good login cannot reset them. */
    public void succeeded(String accountKey) {
        perAccount.clear(accountKey);
    }
}
