package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.http.Routes;
import org.bureaucrathackers.fellowship.mastodon.http.ApiJson;
import org.bureaucrathackers.fellowship.mastodon.oauth.ApiAuth;
import org.bureaucrathackers.fellowship.mastodon.oauth.Caller;
import org.bureaucrathackers.fellowship.store.JooqAccountStore;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.bureaucrathackers.fellowship.web.Pages;
import org.bureaucrathackers.fellowship.web.WebServer;

/**
 * A one-endpoint server that checks a bearer token through {@link ApiAuth#user} against an instance's
 * database: how every endpoint that needs a fellow treats app tokens, missing scopes and revoked tokens,
 * while the real endpoints are built elsewhere.
 */
final class ScopeCheckServer implements AutoCloseable {

    private final TestInstance instance;
    private final WebServer server;

    ScopeCheckServer(TestInstance instance) {
        this.instance = instance;
        ApiAuth auth = new ApiAuth(instance.tokens(), new JooqAccountStore(instance.database()));
        Routes routes = api -> api.get("/api/v1/check", ctx -> {
            Caller caller = auth.user(ctx, ctx.queryParam("scope"));
            ApiJson.send(ctx, Map.of("username", caller.account().username()));
        });
        Pages pages = new Pages(new Pages.SiteView("Check", "A scope check.", "localhost", "http://localhost/"));
        this.server = new WebServer(List.of(routes), pages).start("127.0.0.1", 0);
    }

    /** GET the check with {@code token} (null: none), needing {@code scope}. */
    HttpResponse<String> check(String token, String scope) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/v1/check?scope=" + scope))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return instance.send(request.build());
    }

    @Override
    public void close() {
        server.stop();
    }
}
