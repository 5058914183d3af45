package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.Pkce;
import org.bureaucrathackers.fellowship.mastodon.oauth.Scopes;

/**
 * {@code GET /.well-known/oauth-authorization-server} (RFC 8414), with Mastodon's non-standard
 * {@code app_registration_endpoint}. Browser clients (Phanpy) use PKCE when it lists S256.
 */
public final class OAuthMetadataApi implements Routes {

    private final Map<String, Object> metadata;

    /** @param base the instance's public URL, without a trailing slash */
    public OAuthMetadataApi(String base) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("issuer", base + "/");
        document.put("authorization_endpoint", base + "/oauth/authorize");
        document.put("token_endpoint", base + "/oauth/token");
        document.put("app_registration_endpoint", base + "/api/v1/apps");
        document.put("revocation_endpoint", base + "/oauth/revoke");
        document.put("scopes_supported", Scopes.supported());
        document.put("response_types_supported", List.of("code"));
        document.put("response_modes_supported", List.of("query"));
        document.put("code_challenge_methods_supported", List.of(Pkce.S256));
        document.put("grant_types_supported",
                List.of("authorization_code", "password", "client_credentials", "refresh_token"));
        document.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post"));
        this.metadata = Collections.unmodifiableMap(document);
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.get("/.well-known/oauth-authorization-server", ctx -> ApiJson.send(ctx, metadata));
    }
}
