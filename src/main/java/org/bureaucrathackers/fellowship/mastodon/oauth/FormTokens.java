package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Cross-site request forgery protection for the authorize form. The hidden token is an HMAC over the
 * browser's cookie nonce, what the form grants (application, redirect URI, scopes, state, PKCE challenge)
 * and an expiry, so a token is good only in the browser it was shown to, for that very request, for an
 * hour. The key is made at start-up: forms shown before a restart must be sent again, and on several
 * nodes each would need the same key (one node is what this serves today).
 */
public final class FormTokens {

    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final int MAX_TOKEN_LENGTH = 128;

    private final byte[] key = new byte[32];
    private final Clock clock;

    public FormTokens(Clock clock) {
        new SecureRandom().nextBytes(key);
        this.clock = clock;
    }

    /** A token for the form of {@code binding}, shown to the browser holding {@code nonce}. */
    public String issue(String nonce, String binding) {
        long expires = clock.instant().plus(LIFETIME).getEpochSecond();
        return expires + "." + mac(nonce, binding, expires);
    }

    /** Whether {@code token} was issued for this nonce and binding and has not expired. */
    public boolean verify(String nonce, String binding, String token) {
        if (nonce == null || nonce.isEmpty() || token == null || token.length() > MAX_TOKEN_LENGTH) {
            return false;
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return false;
        }
        long expires;
        try {
            expires = Long.parseLong(token.substring(0, dot));
        } catch (NumberFormatException e) {
            return false;
        }
        if (clock.instant().getEpochSecond() >= expires) {
            return false;
        }
        return Secrets.equal(mac(nonce, binding, expires), token.substring(dot + 1));
    }

    private String mac(String nonce, String binding, long expires) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            String message = nonce.length() + ":" + nonce + "|" + expires + "|" + binding;
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
