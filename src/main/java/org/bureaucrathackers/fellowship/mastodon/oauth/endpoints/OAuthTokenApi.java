package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.http.ClientAddress;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApp;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthError;
import org.bureaucrathackers.fellowship.mastodon.oauth.TokenGrants;

/**
 * {@code POST /oauth/token} (authorization_code, password, client_credentials, refresh_token) and
 * {@code POST /oauth/revoke}. Answers are JSON and never cached; errors are
 * {@code {"error": code, "error_description": text}} and never a redirect (toot reads any 3xx as failure).
 */
public final class OAuthTokenApi implements Routes {

    private final ClientAuthentication clients;
    private final TokenGrants grants;

    public OAuthTokenApi(OAuthApps apps, TokenGrants grants) {
        this.clients = new ClientAuthentication(apps);
        this.grants = grants;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/oauth/token", ctx -> oauth(ctx, this::token));
        routes.post("/oauth/revoke", ctx -> oauth(ctx, this::revoke));
    }

    private void token(Context ctx) {
        ApiParams params = ApiParams.of(ctx);
        String grantType = params.nonBlank("grant_type").map(String::strip)
                .orElseThrow(() -> OAuthError.invalidRequest("Missing parameter: grant_type"));
        OAuthApp app = clients.authenticate(ctx, params);
        String scope = params.string("scope").orElse(null);
        AccessTokens.IssuedToken token = switch (grantType) {
            case "authorization_code" -> grants.authorizationCode(app, params.string("code").orElse(null),
                    params.string("redirect_uri").map(String::strip).orElse(null),
                    params.string("code_verifier").orElse(null));
            case "password" -> grants.password(app, params.string("username").orElse(null),
                    params.string("password").orElse(null), scope, ClientAddress.of(ctx));
            case "client_credentials" -> grants.clientCredentials(app, scope);
            case "refresh_token" -> grants.refresh(app, params.string("refresh_token").orElse(null), scope);
            default -> throw OAuthError.unsupportedGrantType("grant_type must be authorization_code, password, "
                    + "client_credentials or refresh_token");
        };
        ApiJson.send(ctx, body(token));
    }

    private void revoke(Context ctx) {
        ApiParams params = ApiParams.of(ctx);
        OAuthApp app = clients.authenticate(ctx, params);
        grants.revoke(app, params.string("token").orElse(null));
        ApiJson.empty(ctx);
    }

    /** The Token entity: {@code scope} always (Mastodon.py splits it), a refresh token when one was issued. */
    static Map<String, Object> body(AccessTokens.IssuedToken token) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.secret());
        body.put("token_type", "Bearer");
        body.put("scope", String.join(" ", token.scopes()));
        body.put("created_at", token.createdAt().getEpochSecond());
        if (token.refreshSecret() != null) {
            body.put("refresh_token", token.refreshSecret());
        }
        return body;
    }

    /** Runs an endpoint with OAuth's error shape and no caching (RFC 6749 §5.1). */
    private static void oauth(Context ctx, Consumer<Context> endpoint) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Pragma", "no-cache");
        try {
            endpoint.accept(ctx);
        } catch (OAuthError e) {
            if (e.status() == 401 && ClientAuthentication.triedBasic(ctx)) {
                ctx.header("WWW-Authenticate", "Basic realm=\"oauth\"");
            }
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            error(ctx, e.status(), e.error(), e.description());
        } catch (HttpError e) {
            error(ctx, e.status(), "invalid_request", e.getMessage());
        }
    }

    private static void error(Context ctx, int status, String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        ApiJson.send(ctx, status, body);
    }
}
