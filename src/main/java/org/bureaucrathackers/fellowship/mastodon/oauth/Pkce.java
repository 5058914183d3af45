package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Proof Key for Code Exchange (RFC 7636), S256 only: the code is bound to the SHA-256 of a secret the
 * client keeps, so a code intercepted on its way back to the app is useless without it.
 */
public final class Pkce {

    public static final String S256 = "S256";
    /** BASE64URL(SHA-256(verifier)) without padding is always 43 characters. */
    private static final Pattern CHALLENGE = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final Pattern VERIFIER = Pattern.compile("^[A-Za-z0-9._~-]{43,128}$");

    private Pkce() {
    }

    public static boolean isWellFormedChallenge(String challenge) {
        return challenge != null && CHALLENGE.matcher(challenge).matches();
    }

    public static boolean isWellFormedVerifier(String verifier) {
        return verifier != null && VERIFIER.matcher(verifier).matches();
    }

    /** The S256 challenge of {@code verifier}. */
    public static String challengeOf(String verifier) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(Secrets.sha256(verifier));
    }

    /** Whether {@code verifier} is well formed and its S256 challenge is {@code challenge}. */
    public static boolean verifies(String verifier, String challenge) {
        return isWellFormedVerifier(verifier) && Secrets.equal(challengeOf(verifier), challenge);
    }
}
