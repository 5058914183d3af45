package org.bureaucrathackers.fellowship.mastodon.oauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

    /** RFC 7636, appendix B. */
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void the_s256_challenge_matches_the_rfc_example() {
        assertEquals(CHALLENGE, Pkce.challengeOf(VERIFIER));
        assertTrue(Pkce.verifies(VERIFIER, CHALLENGE));
    }

    @Test
    void other_or_malformed_verifiers_do_not_verify() {
        assertFalse(Pkce.verifies(VERIFIER.substring(1) + "x", CHALLENGE));
        assertFalse(Pkce.verifies("short", Pkce.challengeOf("short")), "at least 43 characters");
        assertFalse(Pkce.verifies("a".repeat(129), Pkce.challengeOf("a".repeat(129))), "at most 128");
        assertFalse(Pkce.verifies(VERIFIER + " ", CHALLENGE));
        assertFalse(Pkce.verifies(null, CHALLENGE));
    }

    @Test
    void challenges_must_be_43_base64url_characters() {
        assertTrue(Pkce.isWellFormedChallenge(CHALLENGE));
        assertFalse(Pkce.isWellFormedChallenge(CHALLENGE + "="));
        assertFalse(Pkce.isWellFormedChallenge(CHALLENGE.replace('-', '+')));
        assertFalse(Pkce.isWellFormedChallenge(VERIFIER + "abc"));
    }
}
