package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /oauth/token (password, client credentials, refresh) and POST /oauth/revoke over real HTTP. */
class OAuthTokenApiTest {

    private static TestInstance instance;
    private static OAuthTestClient oauth;
    private static ScopeCheckServer check;
    private static OAuthTestClient.App app;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
        oauth = new OAuthTestClient(instance);
        check = new ScopeCheckServer(instance);
        app = oauth.register("Mastodon.py", OAuthTestClient.OOB, "read write follow push");
        oauth.fellow("alice", "Alice@Ministry.example");
        oauth.fellow("bob", null);
    }

    @AfterAll
    static void stop() {
        check.close();
        instance.close();
    }

    @Test
    void the_password_grant_takes_the_email_as_username_and_echoes_every_scope() {
        HttpResponse<String> response = oauth.token("grant_type", "password", "username", "alice@ministry.example",
                "password", OAuthTestClient.PASSWORD, "redirect_uri", OAuthTestClient.OOB,
                "scope", "read write follow push", "client_id", app.clientId(), "client_secret", app.clientSecret());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        JsonNode token = ApiClient.json(response);
        assertEquals(List.of("access_token", "token_type", "scope", "created_at", "refresh_token"),
                AppsApiTest.fieldNames(token));
        assertEquals("Bearer", token.get("token_type").asText());
        assertEquals("read write follow push", token.get("scope").asText());
        assertTrue(Math.abs(token.get("created_at").asLong() - Instant.now().getEpochSecond()) < 60);
        assertNotEquals(token.get("access_token").asText(), token.get("refresh_token").asText());

        HttpResponse<String> me = check.check(token.get("access_token").asText(), "read:statuses");
        assertEquals(200, me.statusCode(), me.body());
        assertEquals("alice", ApiClient.json(me).get("username").asText());
    }

    @Test
    void the_password_grant_takes_the_username_and_the_handle_too() {
        for (String login : List.of("alice", "ALICE", "@alice", "alice@" + instance.domain())) {
            HttpResponse<String> response = oauth.passwordGrant(app, login, OAuthTestClient.PASSWORD, "read");
            assertEquals(200, response.statusCode(), login + ": " + response.body());
        }
    }

    @Test
    void wrong_passwords_and_unknown_logins_get_the_same_invalid_grant_and_never_a_redirect() {
        HttpResponse<String> wrong = oauth.passwordGrant(app, "bob", "not the password", "read");
        HttpResponse<String> unknown = oauth.passwordGrant(app, "nobody", OAuthTestClient.PASSWORD, "read");
        HttpResponse<String> noPassword = oauth.passwordGrant(app, "bob", OAuthTestClient.PASSWORD, "read");

        for (HttpResponse<String> response : List.of(wrong, unknown)) {
            assertEquals(400, response.statusCode(), response.body());
            assertTrue(response.headers().firstValue("Location").isEmpty());
            JsonNode error = ApiClient.json(response);
            assertEquals("invalid_grant", error.get("error").asText());
            assertEquals("The username, e-mail address or password is incorrect.",
                    error.get("error_description").asText());
        }
        assertEquals(200, noPassword.statusCode(), "bob has a password: " + noPassword.body());
    }

    @Test
    void a_fellow_without_a_password_cannot_sign_in() {
        instance.createFellow("nopass");
        HttpResponse<String> response = oauth.passwordGrant(app, "nopass", "", "read");
        assertEquals(400, response.statusCode());
        assertEquals("invalid_request", ApiClient.json(response).get("error").asText());
        HttpResponse<String> guessed = oauth.passwordGrant(app, "nopass", "anything at all", "read");
        assertEquals("invalid_grant", ApiClient.json(guessed).get("error").asText());
    }

    @Test
    void the_password_grant_accepts_json_and_multipart_bodies() {
        HttpResponse<String> json = ApiClient.anonymous(instance).postJson("/oauth/token", Map.of(
                "grant_type", "password", "username", "bob", "password", OAuthTestClient.PASSWORD, "scope", "read",
                "client_id", app.clientId(), "client_secret", app.clientSecret()));
        assertEquals(200, json.statusCode(), json.body());

        String boundary = "token-boundary";
        StringBuilder body = new StringBuilder();
        Map.of("grant_type", "password", "username", "bob", "password", OAuthTestClient.PASSWORD,
                "client_id", app.clientId(), "client_secret", app.clientSecret()).forEach((name, value) ->
                body.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"").append(name)
                        .append("\"\r\n\r\n").append(value).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpResponse<String> multipart = instance.send(HttpRequest.newBuilder(URI.create(instance.url("/oauth/token")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
        assertEquals(200, multipart.statusCode(), multipart.body());
        assertEquals("read", ApiClient.json(multipart).get("scope").asText());
    }

    @Test
    void client_credentials_give_an_app_token_that_endpoints_for_fellows_refuse() {
        HttpResponse<String> response = ApiClient.anonymous(instance).postJson("/oauth/token", Map.of(
                "grant_type", "client_credentials", "client_id", app.clientId(), "client_secret", app.clientSecret(),
                "scope", "read write"));
        assertEquals(200, response.statusCode(), response.body());
        JsonNode token = ApiClient.json(response);
        assertEquals("read write", token.get("scope").asText());
        assertFalse(token.has("refresh_token"));

        String appToken = token.get("access_token").asText();
        assertEquals(200, new ApiClient(instance, appToken).get("/api/v1/apps/verify_credentials").statusCode());
        HttpResponse<String> userOnly = check.check(appToken, "read:statuses");
        assertEquals(422, userOnly.statusCode());
        assertEquals("This method requires an authenticated user", ApiClient.json(userOnly).get("error").asText());

        JsonNode defaulted = ApiClient.json(oauth.token("grant_type", "client_credentials",
                "client_id", app.clientId(), "client_secret", app.clientSecret()));
        assertEquals("read", defaulted.get("scope").asText());
    }

    @Test
    void scopes_must_be_known_and_within_the_applications() {
        OAuthTestClient.App readOnly = oauth.register("Reader", OAuthTestClient.OOB, "read");
        HttpResponse<String> wider = oauth.passwordGrant(readOnly, "bob", OAuthTestClient.PASSWORD, "read write");
        assertEquals(400, wider.statusCode());
        assertEquals("invalid_scope", ApiClient.json(wider).get("error").asText());

        HttpResponse<String> unknown = oauth.passwordGrant(app, "bob", OAuthTestClient.PASSWORD, "read everything");
        assertEquals(400, unknown.statusCode());
        assertEquals("invalid_scope", ApiClient.json(unknown).get("error").asText());

        HttpResponse<String> narrower = oauth.passwordGrant(readOnly, "bob", OAuthTestClient.PASSWORD,
                "read:statuses read:accounts");
        assertEquals(200, narrower.statusCode(), narrower.body());
        assertEquals("read:statuses read:accounts", ApiClient.json(narrower).get("scope").asText());
    }

    @Test
    void scopes_are_enforced_a_read_token_cannot_write() {
        String read = oauth.userToken(app, "bob", "read");
        HttpResponse<String> refused = check.check(read, "write:statuses");
        assertEquals(403, refused.statusCode());
        assertEquals("This action is outside the authorized scopes", ApiClient.json(refused).get("error").asText());
        assertEquals(200, check.check(read, "read:notifications").statusCode());

        String follow = oauth.userToken(app, "bob", "follow");
        assertEquals(200, check.check(follow, "write:follows").statusCode());
        assertEquals(403, check.check(follow, "write:statuses").statusCode());

        String granular = oauth.userToken(app, "bob", "write:favourites");
        assertEquals(200, check.check(granular, "write:favourites").statusCode());
        assertEquals(403, check.check(granular, "write:statuses").statusCode());

        assertEquals(401, check.check(null, "read").statusCode());
        assertEquals(401, check.check("made-up", "read").statusCode());
    }

    @Test
    void clients_may_authenticate_with_http_basic() {
        HttpResponse<String> response = basic(app.clientId() + ":" + app.clientSecret(),
                "grant_type", "client_credentials");
        assertEquals(200, response.statusCode(), response.body());

        HttpResponse<String> wrong = basic(app.clientId() + ":wrong-secret", "grant_type", "client_credentials");
        assertEquals(401, wrong.statusCode());
        assertEquals("invalid_client", ApiClient.json(wrong).get("error").asText());
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> garbled = instance.send(HttpRequest.newBuilder(URI.create(instance.url("/oauth/token")))
                .header("Authorization", "Basic %%%not-base64")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        assertEquals(401, garbled.statusCode());
        assertEquals("invalid_client", ApiClient.json(garbled).get("error").asText());
    }

    @Test
    void unknown_or_missing_client_credentials_are_401_invalid_client() {
        for (HttpResponse<String> response : List.of(
                oauth.token("grant_type", "client_credentials", "client_id", app.clientId(), "client_secret", "nope"),
                oauth.token("grant_type", "client_credentials", "client_id", "unknown", "client_secret", "nope"),
                oauth.token("grant_type", "client_credentials", "client_id", app.clientId()),
                oauth.token("grant_type", "client_credentials"))) {
            assertEquals(401, response.statusCode(), response.body());
            JsonNode error = ApiClient.json(response);
            assertEquals("invalid_client", error.get("error").asText());
            assertTrue(error.get("error_description").asText().contains("Client authentication failed"));
            assertTrue(response.headers().firstValue("WWW-Authenticate").isEmpty());
        }
    }

    @Test
    void missing_and_unknown_grant_types_are_400() {
        HttpResponse<String> missing = oauth.token("client_id", app.clientId(), "client_secret", app.clientSecret());
        assertEquals(400, missing.statusCode());
        assertEquals("invalid_request", ApiClient.json(missing).get("error").asText());

        HttpResponse<String> unknown = oauth.token("grant_type", "implicit", "client_id", app.clientId(),
                "client_secret", app.clientSecret());
        assertEquals(400, unknown.statusCode());
        assertEquals("unsupported_grant_type", ApiClient.json(unknown).get("error").asText());

        HttpResponse<String> noUser = oauth.token("grant_type", "password", "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "password", "x");
        assertEquals(400, noUser.statusCode());
        assertEquals("Missing parameter: username", ApiClient.json(noUser).get("error_description").asText());
    }

    @Test
    void a_refresh_token_swaps_the_token_for_a_new_one_once() {
        JsonNode first = ApiClient.json(oauth.passwordGrant(app, "bob", OAuthTestClient.PASSWORD, "read write"));
        String refresh = first.get("refresh_token").asText();

        HttpResponse<String> refreshed = oauth.token("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", app.clientId(), "client_secret", app.clientSecret());
        assertEquals(200, refreshed.statusCode(), refreshed.body());
        JsonNode second = ApiClient.json(refreshed);
        assertEquals("read write", second.get("scope").asText());
        assertNotEquals(refresh, second.get("refresh_token").asText());
        assertEquals(401, check.check(first.get("access_token").asText(), "read").statusCode());
        assertEquals(200, check.check(second.get("access_token").asText(), "read").statusCode());

        HttpResponse<String> again = oauth.token("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", app.clientId(), "client_secret", app.clientSecret());
        assertEquals(400, again.statusCode());
        assertEquals("invalid_grant", ApiClient.json(again).get("error").asText());

        String secondRefresh = second.get("refresh_token").asText();
        HttpResponse<String> wider = oauth.token("grant_type", "refresh_token", "refresh_token", secondRefresh,
                "scope", "read write follow", "client_id", app.clientId(), "client_secret", app.clientSecret());
        assertEquals("invalid_scope", ApiClient.json(wider).get("error").asText());
        HttpResponse<String> narrower = oauth.token("grant_type", "refresh_token", "refresh_token", secondRefresh,
                "scope", "read", "client_id", app.clientId(), "client_secret", app.clientSecret());
        assertEquals("read", ApiClient.json(narrower).get("scope").asText());
    }

    @Test
    void a_refresh_token_works_only_for_the_application_it_was_issued_to() {
        String refresh = ApiClient.json(oauth.passwordGrant(app, "bob", OAuthTestClient.PASSWORD, "read"))
                .get("refresh_token").asText();
        OAuthTestClient.App other = oauth.registerOob("read");
        HttpResponse<String> stolen = oauth.token("grant_type", "refresh_token", "refresh_token", refresh,
                "client_id", other.clientId(), "client_secret", other.clientSecret());
        assertEquals(400, stolen.statusCode());
        assertEquals("invalid_grant", ApiClient.json(stolen).get("error").asText());
    }

    @Test
    void a_revoked_token_is_refused_with_401() {
        String token = oauth.userToken(app, "bob", "read");
        assertEquals(200, check.check(token, "read").statusCode());

        HttpResponse<String> revoked = oauth.postForm("/oauth/revoke", List.of(), "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "token", token);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals("{}", revoked.body());

        HttpResponse<String> after = check.check(token, "read");
        assertEquals(401, after.statusCode());
        assertEquals("The access token is invalid", ApiClient.json(after).get("error").asText());
        assertEquals(401, new ApiClient(instance, token).get("/api/v1/apps/verify_credentials").statusCode());

        HttpResponse<String> twice = oauth.postForm("/oauth/revoke", List.of(), "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "token", token);
        assertEquals(200, twice.statusCode());
        HttpResponse<String> unknown = oauth.postForm("/oauth/revoke", List.of(), "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "token", "never-issued");
        assertEquals("{}", unknown.body());
    }

    @Test
    void revoking_by_refresh_token_ends_the_access_token_too() {
        JsonNode token = ApiClient.json(oauth.passwordGrant(app, "bob", OAuthTestClient.PASSWORD, "read"));
        oauth.postForm("/oauth/revoke", List.of(), "client_id", app.clientId(), "client_secret", app.clientSecret(),
                "token", token.get("refresh_token").asText());
        assertEquals(401, check.check(token.get("access_token").asText(), "read").statusCode());
    }

    @Test
    void an_application_cannot_revoke_another_ones_token() {
        String token = oauth.userToken(app, "bob", "read");
        OAuthTestClient.App other = oauth.registerOob("read");
        HttpResponse<String> refused = oauth.postForm("/oauth/revoke", List.of(), "client_id", other.clientId(),
                "client_secret", other.clientSecret(), "token", token);
        assertEquals(403, refused.statusCode());
        assertEquals("unauthorized_client", ApiClient.json(refused).get("error").asText());
        assertEquals(200, check.check(token, "read").statusCode());

        HttpResponse<String> unauthenticated = oauth.postForm("/oauth/revoke", List.of(), "client_id",
                app.clientId(), "client_secret", "wrong", "token", token);
        assertEquals(401, unauthenticated.statusCode());
        assertEquals(200, check.check(token, "read").statusCode());
    }

    @Test
    void token_and_revoke_ignore_trailing_slashes_and_other_methods_get_json_errors() {
        assertEquals(200, oauth.postForm("/oauth/token/", List.of(), "grant_type", "client_credentials",
                "client_id", app.clientId(), "client_secret", app.clientSecret()).statusCode());
        assertEquals(200, oauth.postForm("/oauth/revoke/", List.of(), "client_id", app.clientId(),
                "client_secret", app.clientSecret(), "token", "x").statusCode());
        HttpResponse<String> get = instance.get("/oauth/token");
        assertTrue(get.statusCode() == 404 || get.statusCode() == 405, get.body());
        assertTrue(ApiClient.json(get).has("error"));
    }

    @Test
    void browsers_may_call_the_token_endpoint_across_origins() {
        HttpResponse<String> preflight = instance.send(HttpRequest.newBuilder(URI.create(instance.url("/oauth/token")))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://phanpy.example").header("Access-Control-Request-Method", "POST").build());
        assertEquals(204, preflight.statusCode());
        HttpResponse<String> metadata = instance.get("/.well-known/oauth-authorization-server",
                "Origin", "https://phanpy.example");
        assertEquals("*", metadata.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void the_server_metadata_lists_endpoints_grants_and_s256() {
        HttpResponse<String> response = instance.get("/.well-known/oauth-authorization-server");
        assertEquals(200, response.statusCode());
        JsonNode metadata = ApiClient.json(response);
        String base = instance.base();
        assertEquals(base + "/", metadata.get("issuer").asText());
        assertEquals(base + "/oauth/authorize", metadata.get("authorization_endpoint").asText());
        assertEquals(base + "/oauth/token", metadata.get("token_endpoint").asText());
        assertEquals(base + "/oauth/revoke", metadata.get("revocation_endpoint").asText());
        assertEquals(base + "/api/v1/apps", metadata.get("app_registration_endpoint").asText());
        assertEquals("[\"code\"]", metadata.get("response_types_supported").toString());
        assertEquals("[\"S256\"]", metadata.get("code_challenge_methods_supported").toString());
        assertEquals("[\"authorization_code\",\"password\",\"client_credentials\",\"refresh_token\"]",
                metadata.get("grant_types_supported").toString());
        assertEquals("[\"client_secret_basic\",\"client_secret_post\"]",
                metadata.get("token_endpoint_auth_methods_supported").toString());
        String scopes = metadata.get("scopes_supported").toString();
        for (String scope : List.of("read", "write", "follow", "push", "profile", "read:statuses", "write:follows",
                "admin:read:accounts")) {
            assertTrue(scopes.contains("\"" + scope + "\""), scope);
        }
    }

    private static HttpResponse<String> basic(String credentials, String... form) {
        String header = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        return oauth.postForm("/oauth/token", List.of("Authorization", header), form);
    }
}
