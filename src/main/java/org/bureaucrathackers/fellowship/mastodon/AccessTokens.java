package org.bureaucrathackers.fellowship.mastodon;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.store.Ids;

/** Issues bearer tokens and resolves them; only the SHA-256 of a token is ever stored. */
public final class AccessTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_TOKEN_LENGTH = 256;

    private final TokenStore store;
    private final Ids ids;
    private final Clock clock;

    public AccessTokens(TokenStore store, Ids ids, Clock clock) {
        this.store = store;
        this.ids = ids;
        this.clock = clock;
    }

    /** A freshly issued token: the secret is shown once and never stored. */
    public record IssuedToken(String secret, Set<String> scopes) {
    }

    public IssuedToken issue(Account account, String scopeText) {
        Set<String> scopes = Scopes.parse(scopeText);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        store.insert(new TokenStore.StoredToken(ids.next(), account.id(), hash(secret), String.join(" ", scopes),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), null));
        return new IssuedToken(secret, scopes);
    }

    /** The live token for {@code secret}, if any. */
    public Optional<TokenStore.StoredToken> resolve(String secret) {
        if (secret == null || secret.isEmpty() || secret.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return store.findByHash(hash(secret)).filter(t -> t.revokedAt() == null);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
