package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApp;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthError;

/**
 * Authenticates the application calling the token and revoke endpoints, by HTTP Basic
 * ({@code client_secret_basic}) or by {@code client_id} and {@code client_secret} parameters
 * ({@code client_secret_post}). Anything else is {@code invalid_client}.
 */
final class ClientAuthentication {

    private static final int MAX_HEADER_LENGTH = 1_024;

    private final OAuthApps apps;

    ClientAuthentication(OAuthApps apps) {
        this.apps = apps;
    }

    OAuthApp authenticate(Context ctx, ApiParams params) {
        Optional<String[]> basic = basic(ctx);
        String clientId;
        String secret;
        if (basic.isPresent()) {
            clientId = basic.get()[0];
            secret = basic.get()[1];
            String named = params.nonBlank("client_id").orElse(clientId);
            if (!named.equals(clientId)) {
                throw OAuthError.invalidClient();
            }
        } else {
            clientId = params.nonBlank("client_id").orElse(null);
            secret = params.nonBlank("client_secret").orElse(null);
        }
        return apps.authenticate(clientId, secret).orElseThrow(OAuthError::invalidClient);
    }

    /** Whether the request tried HTTP Basic, which the 401 must then answer with a challenge (RFC 6749 §5.2). */
    static boolean triedBasic(Context ctx) {
        String header = ctx.header("Authorization");
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("basic ");
    }

    /** Client id and secret from {@code Authorization: Basic}, each form-encoded as RFC 6749 §2.3.1 says. */
    private static Optional<String[]> basic(Context ctx) {
        if (!triedBasic(ctx)) {
            return Optional.empty();
        }
        String header = ctx.header("Authorization").strip();
        if (header.length() > MAX_HEADER_LENGTH) {
            throw OAuthError.invalidClient();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                throw OAuthError.invalidClient();
            }
            return Optional.of(new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)});
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidClient();
        }
    }
}
