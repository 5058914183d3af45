package org.bureaucrathackers.fellowship.mastodon.oauth;

import java.util.Set;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.AccountStore;
import org.bureaucrathackers.fellowship.transaction.Transactions;

/**
 * The grants of the token endpoint, for an application that has already authenticated: authorization code
 * (with PKCE), password, client credentials and refresh token; and revocation. Failures are
 * {@link OAuthError}s with the codes RFC 6749 names.
 */
public final class TokenGrants {

    private static final String CODE_INVALID = "The provided authorization grant is invalid, expired, revoked, "
            + "does not match the redirection URI used in the authorization request, or was issued to another client.";

    private final AuthorizationCodes codes;
    private final AccessTokens tokens;
    private final PasswordLogins logins;
    private final AccountStore accounts;
    private final Transactions transactions;

    public TokenGrants(AuthorizationCodes codes, AccessTokens tokens, PasswordLogins logins, AccountStore accounts,
                       Transactions transactions) {
        this.codes = codes;
        this.tokens = tokens;
        this.logins = logins;
        this.accounts = accounts;
        this.transactions = transactions;
    }

    /** Exchanges a code from the authorize page for a fellow's token; a code works once. */
    public AccessTokens.IssuedToken authorizationCode(OAuthApp app, String code, String redirectUri,
                                                      String codeVerifier) {
        if (code == null || code.isBlank()) {
            throw OAuthError.invalidRequest("Missing parameter: code");
        }
        if (redirectUri == null || redirectUri.isBlank()) {
            throw OAuthError.invalidRequest("Missing parameter: redirect_uri");
        }
        AuthorizationCodeStore.StoredCode stored = codes.find(code)
                .filter(c -> c.applicationId() == app.id())
                .orElseThrow(() -> OAuthError.invalidGrant(CODE_INVALID));
        if (stored.usedAt() != null) {
            // RFC 6749 §4.1.2: a code presented twice may have been stolen; what it gave is withdrawn.
            if (stored.tokenId() != null) {
                tokens.revoke(stored.tokenId());
            }
            throw OAuthError.invalidGrant("The authorization code has already been used; "
                    + "the token issued for it has been revoked.");
        }
        if (codes.isExpired(stored)) {
            throw OAuthError.invalidGrant("The authorization code has expired; authorize again.");
        }
        if (!stored.redirectUri().equals(redirectUri)) {
            throw OAuthError.invalidGrant("redirect_uri does not match the one of the authorization request.");
        }
        boolean hasVerifier = codeVerifier != null && !codeVerifier.isBlank();
        if (stored.codeChallenge() != null) {
            if (!hasVerifier) {
                throw OAuthError.invalidGrant("code_verifier is required: the authorization request had a "
                        + "code_challenge.");
            }
            if (!Pkce.verifies(codeVerifier, stored.codeChallenge())) {
                throw OAuthError.invalidGrant("code_verifier does not match the code_challenge.");
            }
        } else if (hasVerifier) {
            throw OAuthError.invalidGrant("code_verifier was sent, but the authorization request had no "
                    + "code_challenge.");
        }
        activeFellow(stored.accountId());
        Set<String> scopes = Scopes.parse(stored.scopes());
        return transactions.inTransaction(() -> {
            if (!codes.claim(stored)) {
                throw OAuthError.invalidGrant("The authorization code has already been used.");
            }
            AccessTokens.IssuedToken issued = tokens.issue(stored.accountId(), app.id(), scopes, true);
            codes.attachToken(stored, issued.id());
            return issued;
        });
    }

    /** A fellow's token for their login (username or e-mail) and password, behind the sign-in throttle. */
    public AccessTokens.IssuedToken password(OAuthApp app, String login, String password, String scopeText,
                                             String address) {
        if (login == null || login.isBlank()) {
            throw OAuthError.invalidRequest("Missing parameter: username");
        }
        if (password == null || password.isEmpty()) {
            throw OAuthError.invalidRequest("Missing parameter: password");
        }
        Set<String> scopes = requestedScopes(app, scopeText);
        Account fellow;
        try {
            fellow = logins.signIn(login, password, address);
        } catch (SignInRefused refused) {
            if (refused.isThrottled()) {
                throw OAuthError.throttled(refused);
            }
            throw OAuthError.invalidGrant(refused.getMessage());
        }
        return tokens.issue(fellow.id(), app.id(), scopes, true);
    }

    /** The application's own token, acting for no fellow. */
    public AccessTokens.IssuedToken clientCredentials(OAuthApp app, String scopeText) {
        return tokens.issue(null, app.id(), requestedScopes(app, scopeText), false);
    }

    /**
     * A new token (and refresh token) in place of the one {@code refreshToken} belongs to, which is revoked.
     * The scopes may be narrowed, never widened.
     */
    public AccessTokens.IssuedToken refresh(OAuthApp app, String refreshToken, String scopeText) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw OAuthError.invalidRequest("Missing parameter: refresh_token");
        }
        TokenStore.StoredToken old = tokens.findByRefresh(refreshToken)
                .filter(t -> t.applicationId() != null && t.applicationId() == app.id())
                .orElseThrow(() -> OAuthError.invalidGrant("The refresh token is invalid."));
        if (old.isRevoked()) {
            throw OAuthError.invalidGrant("The refresh token has been revoked.");
        }
        Set<String> granted = Scopes.parse(old.scopes());
        Set<String> scopes = granted;
        if (scopeText != null && !scopeText.isBlank()) {
            scopes = parseScopes(scopeText);
            if (!Scopes.coversAll(granted, scopes)) {
                throw OAuthError.invalidScope("The requested scope is wider than the one originally granted.");
            }
        }
        if (old.accountId() != null) {
            activeFellow(old.accountId());
        }
        Set<String> newScopes = scopes;
        return transactions.inTransaction(() -> {
            if (!tokens.revoke(old.id())) {
                throw OAuthError.invalidGrant("The refresh token has been revoked.");
            }
            return tokens.issue(old.accountId(), app.id(), newScopes, true);
        });
    }

    /**
     * Revokes the token whose access or refresh secret is {@code token}. Unknown tokens are fine (RFC 7009:
     * the answer is the same); a token of another application is refused.
     */
    public void revoke(OAuthApp app, String token) {
        if (token == null || token.isBlank()) {
            throw new OAuthError(403, "unauthorized_client", "You are not authorized to revoke this token");
        }
        tokens.findBySecret(token).ifPresent(found -> {
            if (found.applicationId() == null || found.applicationId() != app.id()) {
                throw new OAuthError(403, "unauthorized_client", "You are not authorized to revoke this token");
            }
            tokens.revoke(found.id());
        });
    }

    /** The scopes asked for (default {@code read}); each must be within the application's. */
    public Set<String> requestedScopes(OAuthApp app, String scopeText) {
        Set<String> scopes = parseScopes(scopeText);
        if (!Scopes.coversAll(app.scopes(), scopes)) {
            throw OAuthError.invalidScope("The requested scope is invalid, unknown, or malformed: the application "
                    + "registered only '" + app.scopeText() + "'.");
        }
        return scopes;
    }

    private static Set<String> parseScopes(String scopeText) {
        try {
            return Scopes.parse(scopeText);
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidScope("The requested scope is invalid, unknown, or malformed: " + e.getMessage());
        }
    }

    private void activeFellow(long accountId) {
        accounts.findById(accountId).filter(a -> a.isLocal() && !a.isDeleted())
                .orElseThrow(() -> OAuthError.invalidGrant("The account of this grant no longer exists."));
    }
}
