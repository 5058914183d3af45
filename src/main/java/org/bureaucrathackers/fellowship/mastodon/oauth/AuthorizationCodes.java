package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.ids.Ids;

/**
 * Authorization codes: what a fellow's approval on the authorize page hands the application, to exchange
 * for a token once, within ten minutes, from the same redirect URI (and with the PKCE verifier, when the
 * request carried a challenge).
 */
public final class AuthorizationCodes {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** Expired codes are kept a while so that a late reuse can still be recognised as one. */
    private static final Duration KEEP_EXPIRED = Duration.ofDays(1);
    private static final int MAX_CODE_LENGTH = 256;

    private final AuthorizationCodeStore store;
    private final Ids ids;
    private final Clock clock;

    public AuthorizationCodes(AuthorizationCodeStore store, Ids ids, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /** Issues a code and returns it; it is shown this once and stored only as a hash. */
    public String issue(OAuthApp app, long accountId, String redirectUri, Set<String> scopes, String codeChallenge) {
        Instant now = now();
        store.deleteExpiredBefore(now.minus(KEEP_EXPIRED));
        String code = Secrets.random();
        store.insert(new AuthorizationCodeStore.StoredCode(ids.next(), Secrets.hash(code), app.id(), accountId,
                redirectUri, String.join(" ", scopes), codeChallenge, now, now.plus(LIFETIME), null, null));
        return code;
    }

    /** The stored code for {@code code}, used or not. */
    public Optional<AuthorizationCodeStore.StoredCode> find(String code) {
        if (code == null || code.isEmpty() || code.length() > MAX_CODE_LENGTH) {
            return Optional.empty();
        }
        return store.findByHash(Secrets.hash(code));
    }

    public boolean isExpired(AuthorizationCodeStore.StoredCode code) {
        return !now().isBefore(code.expiresAt());
    }

    /** Uses the code up; false when another request used it first. */
    public boolean claim(AuthorizationCodeStore.StoredCode code) {
        return store.markUsed(code.id(), now());
    }

    public void attachToken(AuthorizationCodeStore.StoredCode code, long tokenId) {
        store.attachToken(code.id(), tokenId);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
