package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.http.HttpError;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.entities.ApiIds;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.http.ApiParams;
import org.bureaucrathackers.fellowship.mastodon.http.ClientAddress;
import org.bureaucrathackers.fellowship.mastodon.oauth.AccessTokens;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.mastodon.oauth.InvalidApplicationException;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApp;
import org.bureaucrathackers.fellowship.mastodon.oauth.OAuthApps;
import org.bureaucrathackers.fellowship.mastodon.oauth.RateWindow;
import org.bureaucrathackers.fellowship.mastodon.oauth.Scopes;
import org.bureaucrathackers.fellowship.mastodon.oauth.TokenStore;

/**
 * {@code POST /api/v1/apps} (register an application; public, limited per client address) and
 * {@code GET /api/v1/apps/verify_credentials} (the application of any valid token).
 */
public final class AppsApi implements Routes {

    /** Registrations are anonymous, so each address may make only so many (they are rows in the database). */
    public static final int REGISTRATIONS_PER_ADDRESS = 100;
    public static final java.time.Duration REGISTRATION_WINDOW = java.time.Duration.ofMinutes(15);
    /** Tokens made on the command line belong to no application; they are described as this one. */
    static final String COMMAND_LINE_APP = "Fellowship command line";

    private final OAuthApps apps;
    private final AccessTokens tokens;
    private final ApiAuth auth;
    private final RateWindow registrations;

    public AppsApi(OAuthApps apps, AccessTokens tokens, ApiAuth auth, RateWindow registrations) {
        this.apps = apps;
        this.tokens = tokens;
        this.auth = auth;
        this.registrations = registrations;
    }

    @Override
    public void register(JavalinDefaultRoutingApi routes) {
        routes.post("/api/v1/apps", this::create);
        routes.get("/api/v1/apps/verify_credentials", this::verify);
    }

    private void create(Context ctx) {
        String address = ClientAddress.of(ctx);
        registrations.blockedFor(address).ifPresent(wait -> {
            ctx.header("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
            throw new HttpError(429, "Too many applications registered from this address; try again later");
        });
        ApiParams params = ApiParams.of(ctx);
        List<String> redirectUris = params.has("redirect_uris") ? params.list("redirect_uris")
                : params.list("redirect_uri");
        OAuthApps.Registration registration;
        try {
            registration = apps.register(new OAuthApps.NewApp(params.string("client_name").orElse(null),
                    params.string("website").orElse(null), redirectUris,
                    params.has("scopes") ? String.join(" ", params.list("scopes")) : null));
        } catch (InvalidApplicationException e) {
            throw new HttpError(422, "Validation failed: " + e.getMessage());
        }
        registrations.record(address);
        Map<String, Object> body = application(registration.app());
        body.put("client_id", registration.app().clientId());
        body.put("client_secret", registration.clientSecret());
        body.put("client_secret_expires_at", 0);
        ApiJson.send(ctx, body);
    }

    private void verify(Context ctx) {
        Caller caller = auth.optional(ctx).orElseThrow(() -> new HttpError(401, "The access token is invalid"));
        Long applicationId = tokens.find(caller.tokenId()).map(TokenStore.StoredToken::applicationId).orElse(null);
        if (applicationId == null) {
            ApiJson.send(ctx, commandLine(caller));
            return;
        }
        OAuthApp app = apps.find(applicationId)
                .orElseThrow(() -> new HttpError(401, "The access token is invalid"));
        ApiJson.send(ctx, application(app));
    }

    /** The Application entity (Mastodon 4.3): redirect_uri is the deprecated one-string form. */
    static Map<String, Object> application(OAuthApp app) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", ApiIds.format(app.id()));
        body.put("name", app.name());
        body.put("website", app.website());
        body.put("scopes", new ArrayList<>(app.scopes()));
        body.put("redirect_uri", String.join("\n", app.redirectUris()));
        body.put("redirect_uris", app.redirectUris());
        return body;
    }

    private static Map<String, Object> commandLine(Caller caller) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", "0");
        body.put("name", COMMAND_LINE_APP);
        body.put("website", null);
        body.put("scopes", Scopes.supported().stream().filter(caller.scopes()::contains).toList());
        body.put("redirect_uri", "");
        body.put("redirect_uris", List.of());
        return body;
    }
}
