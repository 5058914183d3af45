package org.bureaucrathackers.fellowship.mastodon.oauth.endpoints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bureaucrathackers.fellowship.mastodon.oauth.AuthorizationCodes;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.MutableClock;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** GET/POST /oauth/authorize and the authorization_code grant, as a browser and an app use them. */
class AuthorizePageTest {

    private static final String CALLBACK = "https://app.example/callback";
    private static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    private static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    private static final MutableClock CLOCK = new MutableClock(Instant.now());
    private static TestInstance instance;
    private static ScopeCheckServer check;
    private static OAuthTestClient.App app;
    private static OAuthTestClient.App oob;

    @BeforeAll
    static void start() {
        instance = TestInstance.startAt(CLOCK);
        check = new ScopeCheckServer(instance);
        OAuthTestClient setup = new OAuthTestClient(instance);
        app = setup.register("Phanpy", CALLBACK + "\nhttps://app.example/other", "read write follow push");
        oob = setup.registerOob("read write follow");
        setup.fellow("alice", "alice@ministry.example");
        setup.fellow("bob", null);
    }

    @AfterAll
    static void stop() {
        check.close();
        instance.close();
    }

    @Test
    void the_page_is_an_accessible_sign_in_and_consent_form() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        HttpResponse<String> page = browser.browserGet(browser.authorizeUrl(app, CALLBACK, "scope", "read write",
                "state", "xyz"));

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        Document html = Jsoup.parse(page.body());
        assertEquals("en", html.selectFirst("html").attr("lang"));
        assertEquals("Authorize Phanpy", html.selectFirst("h1").text());
        assertTrue(html.text().contains("wants to use your account on Test Ministry"));
        assertTrue(html.text().contains("Read everything in your account"));
        assertTrue(html.text().contains("write"));
        assertTrue(html.text().contains("https://app.example"), "says where approval leads");
        assertEquals("Username or e-mail address", html.selectFirst("label[for=username]").text());
        assertEquals("username", html.selectFirst("input#username").attr("autocomplete"));
        assertFalse(html.selectFirst("input#username").hasAttr("aria-describedby"), "no message to point at");
        assertEquals("Password", html.selectFirst("label[for=password]").text());
        assertEquals("current-password", html.selectFirst("input#password[type=password]").attr("autocomplete"));
        assertTrue(html.select("script").isEmpty(), "works without JavaScript");
        assertTrue(html.select("table").isEmpty());

        OAuthTestClient.Form form = OAuthTestClient.form(page);
        assertEquals("/oauth/authorize", form.action());
        assertEquals(app.clientId(), form.fields().get("client_id"));
        assertEquals(CALLBACK, form.fields().get("redirect_uri"));
        assertEquals("read write", form.fields().get("scope"));
        assertEquals("xyz", form.fields().get("state"));
        assertFalse(form.fields().get("csrf_token").isEmpty());

        String cookie = page.headers().firstValue("Set-Cookie").orElse("");
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/oauth"),
                cookie);
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElse(""));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
    }

    @Test
    void the_permissions_and_where_approval_leads_are_said_in_the_readers_language() {
        OAuthTestClient client = new OAuthTestClient(instance);
        HttpResponse<String> page = new org.bureaucrathackers.fellowship.testing.Browser(instance).getWithHeader(
                client.authorizeUrl(app, CALLBACK, "scope", "read write:statuses", "state", "xyz"), "Accept-Language",
                "fr-FR,fr;q=0.9");

        assertEquals(200, page.statusCode(), page.body());
        Document html = Jsoup.parse(page.body());
        assertEquals("fr", html.selectFirst("html").attr("lang"));
        String scopes = html.selectFirst("ul.scopes").text();
        assertTrue(scopes.contains("Lire tout votre compte") && scopes.contains("Modifier : messages"), scopes);
        assertFalse(scopes.contains("Read everything") || scopes.contains("Change your"), scopes);
        assertTrue(html.text().contains("vous êtes renvoyé vers https://app.example"), html.text());
    }

    @Test
    void junk_values_and_a_trailing_slash_are_tolerated() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        String url = browser.authorizeUrl(oob, OAuthTestClient.OOB, "scope", "read write follow",
                "force_login", "False", "state", "None", "lang", "None").replace("/oauth/authorize?", "/oauth/authorize/?");
        HttpResponse<String> page = browser.browserGet(url);
        assertEquals(200, page.statusCode(), page.body());
        assertEquals("None", OAuthTestClient.form(page).fields().get("state"));

        HttpResponse<String> noScope = browser.browserGet(browser.authorizeUrl(oob, OAuthTestClient.OOB));
        assertEquals("read", OAuthTestClient.form(noScope).fields().get("scope"));
    }

    @Test
    void approving_redirects_with_a_code_and_the_state_and_the_code_gives_the_fellows_token() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        HttpResponse<String> approved = browser.approve(browser.authorizeUrl(app, CALLBACK,
                "scope", "read write", "state", "a b&c"), "alice");

        assertEquals(302, approved.statusCode(), approved.body());
        assertTrue(approved.headers().firstValue("Location").orElse("").startsWith(CALLBACK + "?code="));
        Map<String, String> query = OAuthTestClient.redirectQuery(approved);
        assertEquals("a b&c", query.get("state"));
        assertEquals(43, query.get("code").length());

        HttpResponse<String> token = exchange(app, query.get("code"), CALLBACK);
        assertEquals(200, token.statusCode(), token.body());
        JsonNode body = ApiClient.json(token);
        assertEquals("read write", body.get("scope").asText());
        assertTrue(body.has("refresh_token"));
        HttpResponse<String> me = check.check(body.get("access_token").asText(), "write:statuses");
        assertEquals("alice", ApiClient.json(me).get("username").asText());
    }

    @Test
    void the_out_of_band_page_shows_the_code_to_copy_and_toot_exchanges_it() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        HttpResponse<String> page = browser.approve(browser.authorizeUrl(oob, OAuthTestClient.OOB,
                "scope", "read write follow"), "alice@ministry.example");

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Location").isEmpty());
        assertTrue(Jsoup.parse(page.body()).text().contains("Copy this code"));
        String code = OAuthTestClient.shownCode(page);

        HttpResponse<String> token = exchange(oob, code, OAuthTestClient.OOB);
        assertEquals(200, token.statusCode(), token.body());
        assertEquals("read write follow", ApiClient.json(token).get("scope").asText());
    }

    @Test
    void pkce_needs_the_right_verifier() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        String code = OAuthTestClient.redirectQuery(browser.approve(browser.authorizeUrl(app, CALLBACK,
                "code_challenge", CHALLENGE, "code_challenge_method", "S256"), "bob")).get("code");

        HttpResponse<String> wrong = exchange(app, code, CALLBACK, "code_verifier", VERIFIER.replace('d', 'e'));
        assertEquals(400, wrong.statusCode());
        assertEquals("invalid_grant", ApiClient.json(wrong).get("error").asText());
        assertTrue(ApiClient.json(wrong).get("error_description").asText().contains("code_verifier"));
        HttpResponse<String> missing = exchange(app, code, CALLBACK);
        assertEquals("invalid_grant", ApiClient.json(missing).get("error").asText());

        HttpResponse<String> right = exchange(app, code, CALLBACK, "code_verifier", VERIFIER);
        assertEquals(200, right.statusCode(), right.body());
    }

    @Test
    void a_verifier_for_a_code_without_a_challenge_is_refused() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        String code = OAuthTestClient.redirectQuery(browser.approve(browser.authorizeUrl(app, CALLBACK), "bob"))
                .get("code");
        HttpResponse<String> response = exchange(app, code, CALLBACK, "code_verifier", VERIFIER);
        assertEquals("invalid_grant", ApiClient.json(response).get("error").asText());
    }

    @Test
    void only_s256_challenges_are_accepted() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        for (String[] pkce : List.of(new String[] {"code_challenge", CHALLENGE, "code_challenge_method", "plain"},
                new String[] {"code_challenge", CHALLENGE},
                new String[] {"code_challenge", "short", "code_challenge_method", "S256"},
                new String[] {"code_challenge_method", "S256"})) {
            String[] extra = new String[pkce.length + 2];
            System.arraycopy(pkce, 0, extra, 0, pkce.length);
            extra[pkce.length] = "state";
            extra[pkce.length + 1] = "s1";
            HttpResponse<String> refused = browser.browserGet(browser.authorizeUrl(app, CALLBACK, extra));
            assertEquals(302, refused.statusCode(), String.join(",", pkce));
            Map<String, String> query = OAuthTestClient.redirectQuery(refused);
            assertEquals("invalid_request", query.get("error"));
            assertEquals("s1", query.get("state"));
        }
    }

    @Test
    void a_code_works_once_and_presenting_it_again_revokes_its_token() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        String code = OAuthTestClient.redirectQuery(browser.approve(browser.authorizeUrl(app, CALLBACK), "bob"))
                .get("code");
        String token = ApiClient.json(exchange(app, code, CALLBACK)).get("access_token").asText();
        assertEquals(200, check.check(token, "read").statusCode());

        HttpResponse<String> reuse = exchange(app, code, CALLBACK);
        assertEquals(400, reuse.statusCode());
        assertEquals("invalid_grant", ApiClient.json(reuse).get("error").asText());
        assertEquals(401, check.check(token, "read").statusCode());
    }

    @Test
    void an_expired_code_is_refused() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        String code = OAuthTestClient.redirectQuery(browser.approve(browser.authorizeUrl(app, CALLBACK), "bob"))
                .get("code");
        CLOCK.advance(AuthorizationCodes.LIFETIME.plusSeconds(1));
        HttpResponse<String> response = exchange(app, code, CALLBACK);
        assertEquals(400, response.statusCode());
        assertTrue(ApiClient.json(response).get("error_description").asText().contains("expired"));
    }

    @Test
    void a_code_is_bound_to_its_redirect_uri_and_its_application() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        String code = OAuthTestClient.redirectQuery(browser.approve(browser.authorizeUrl(app, CALLBACK), "bob"))
                .get("code");
        HttpResponse<String> otherUri = exchange(app, code, "https://app.example/other");
        assertEquals(400, otherUri.statusCode());
        assertEquals("invalid_grant", ApiClient.json(otherUri).get("error").asText());
        HttpResponse<String> otherApp = exchange(oob, code, CALLBACK);
        assertEquals("invalid_grant", ApiClient.json(otherApp).get("error").asText());
        HttpResponse<String> noUri = exchange(app, code, "");
        assertEquals("invalid_request", ApiClient.json(noUri).get("error").asText());
        assertEquals(200, exchange(app, code, CALLBACK).statusCode(), "failed attempts do not use the code up");
    }

    @Test
    void made_up_or_missing_codes_are_refused() {
        HttpResponse<String> madeUp = exchange(app, "made-up-code", CALLBACK);
        assertEquals(400, madeUp.statusCode());
        assertEquals("invalid_grant", ApiClient.json(madeUp).get("error").asText());
        HttpResponse<String> missing = exchange(app, "", CALLBACK);
        assertEquals(400, missing.statusCode());
        assertEquals("Missing parameter: code", ApiClient.json(missing).get("error_description").asText());
    }

    @Test
    void an_unregistered_redirect_uri_or_client_is_shown_never_redirected() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        for (String url : List.of(browser.authorizeUrl(app, "https://evil.example/steal"),
                "/oauth/authorize?response_type=code&client_id=unknown&redirect_uri=" + CALLBACK,
                "/oauth/authorize?response_type=code&redirect_uri=" + CALLBACK)) {
            HttpResponse<String> page = browser.browserGet(url);
            assertEquals(400, page.statusCode(), url);
            assertTrue(page.headers().firstValue("Location").isEmpty());
            assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
            assertTrue(Jsoup.parse(page.body()).selectFirst("h1").text().contains("400"));
        }
    }

    @Test
    void the_only_redirect_uri_is_used_when_none_is_given() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        HttpResponse<String> page = browser.browserGet("/oauth/authorize?response_type=code&client_id=" + oob.clientId());
        assertEquals(OAuthTestClient.OOB, OAuthTestClient.form(page).fields().get("redirect_uri"));
    }

    @Test
    void scopes_wider_than_the_applications_go_back_as_invalid_scope() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        HttpResponse<String> redirected = browser.browserGet(browser.authorizeUrl(app, CALLBACK,
                "scope", "read admin:read", "state", "s2"));
        assertEquals(302, redirected.statusCode());
        Map<String, String> query = OAuthTestClient.redirectQuery(redirected);
        assertEquals("invalid_scope", query.get("error"));
        assertEquals("s2", query.get("state"));
        assertTrue(query.get("error_description").contains("read write follow push"));

        HttpResponse<String> shown = browser.browserGet(browser.authorizeUrl(oob, OAuthTestClient.OOB, "scope", "push"));
        assertEquals(400, shown.statusCode());
        assertTrue(Jsoup.parse(shown.body()).text().contains("wider than"));

        HttpResponse<String> unknown = browser.browserGet(browser.authorizeUrl(app, CALLBACK, "scope", "read all"));
        assertEquals("invalid_scope", OAuthTestClient.redirectQuery(unknown).get("error"));
    }

    @Test
    void a_narrower_scope_gives_a_narrower_token() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        String code = OAuthTestClient.redirectQuery(browser.approve(browser.authorizeUrl(app, CALLBACK,
                "scope", "read:statuses"), "bob")).get("code");
        JsonNode token = ApiClient.json(exchange(app, code, CALLBACK, "scope", "read write"));
        assertEquals("read:statuses", token.get("scope").asText(), "scope on the exchange has no effect");
        assertEquals(403, check.check(token.get("access_token").asText(), "read:accounts").statusCode());
    }

    @Test
    void response_type_must_be_code() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        HttpResponse<String> token = browser.browserGet(browser.authorizeUrl(app, CALLBACK).replace(
                "response_type=code", "response_type=token"));
        assertEquals("unsupported_response_type", OAuthTestClient.redirectQuery(token).get("error"));
        HttpResponse<String> missing = browser.browserGet(browser.authorizeUrl(app, CALLBACK).replace(
                "response_type=code&", ""));
        assertEquals("invalid_request", OAuthTestClient.redirectQuery(missing).get("error"));
    }

    @Test
    void a_post_without_a_valid_form_token_is_refused() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        HttpResponse<String> page = browser.browserGet(browser.authorizeUrl(app, CALLBACK, "scope", "read"));
        OAuthTestClient.Form form = OAuthTestClient.form(page);

        for (String[] change : List.of(new String[] {"csrf_token", null}, new String[] {"csrf_token", "123.abc"},
                new String[] {"scope", "read write"}, new String[] {"redirect_uri", "https://app.example/other"})) {
            HttpResponse<String> refused = browser.submit(form, "username", "bob", "password",
                    OAuthTestClient.PASSWORD, change[0], change[1]);
            assertEquals(403, refused.statusCode(), String.join("=", change[0], String.valueOf(change[1])));
            assertTrue(refused.headers().firstValue("Location").isEmpty());
            assertTrue(Jsoup.parse(refused.body()).text().contains("expired or did not come from this site"));
        }

        OAuthTestClient otherBrowser = new OAuthTestClient(instance);
        HttpResponse<String> forged = otherBrowser.submit(form, "username", "bob", "password", OAuthTestClient.PASSWORD);
        assertEquals(403, forged.statusCode(), "a token is good only with the cookie of the browser it was shown to");

        HttpResponse<String> crossed = browser.submit(OAuthTestClient.form(forged), "username", "bob", "password",
                OAuthTestClient.PASSWORD);
        assertEquals(403, crossed.statusCode(), "nor with another browser's token");
        HttpResponse<String> honest = browser.submit(form, "username", "bob", "password", OAuthTestClient.PASSWORD);
        assertEquals(302, honest.statusCode(), "the original form still works in its browser");
    }

    @Test
    void a_form_token_expires_after_an_hour() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        OAuthTestClient.Form form = OAuthTestClient.form(browser.browserGet(browser.authorizeUrl(app, CALLBACK)));
        CLOCK.advance(Duration.ofMinutes(61));
        HttpResponse<String> late = browser.submit(form, "username", "bob", "password", OAuthTestClient.PASSWORD);
        assertEquals(403, late.statusCode());
        assertEquals(302, browser.submit(OAuthTestClient.form(late), "username", "bob", "password",
                OAuthTestClient.PASSWORD).statusCode(), "the fresh form shown with the refusal works");
    }

    @Test
    void a_failed_sign_in_shows_the_form_again_without_saying_which_part_was_wrong() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        OAuthTestClient.Form form = OAuthTestClient.form(browser.browserGet(browser.authorizeUrl(app, CALLBACK)));

        HttpResponse<String> wrongPassword = browser.submit(form, "username", "bob", "password", "wrong password");
        HttpResponse<String> unknownUser = browser.submit(form, "username", "nobody", "password", "wrong password");
        for (HttpResponse<String> response : List.of(wrongPassword, unknownUser)) {
            assertEquals(422, response.statusCode());
            assertTrue(response.headers().firstValue("Location").isEmpty());
            Document html = Jsoup.parse(response.body());
            assertEquals("The username, e-mail address or password is incorrect.",
                    html.selectFirst("[role=alert]").text());
            assertEquals("form-message", html.selectFirst("input#username").attr("aria-describedby"));
            assertFalse(response.body().contains("wrong password"));
        }
        assertEquals("bob", OAuthTestClient.form(wrongPassword).fields().get("username"));
        assertEquals(302, browser.submit(OAuthTestClient.form(wrongPassword), "password", OAuthTestClient.PASSWORD)
                .statusCode());
    }

    @Test
    void denying_tells_the_application_and_shows_out_of_band_fellows_a_page() {
        OAuthTestClient browser = new OAuthTestClient(instance);
        OAuthTestClient.Form form = OAuthTestClient.form(browser.browserGet(browser.authorizeUrl(app, CALLBACK,
                "state", "s3")));
        HttpResponse<String> denied = browser.submit(form, "decision", "deny");
        assertEquals(302, denied.statusCode());
        Map<String, String> query = OAuthTestClient.redirectQuery(denied);
        assertEquals("access_denied", query.get("error"));
        assertEquals("s3", query.get("state"));
        assertFalse(query.containsKey("code"));

        OAuthTestClient.Form oobForm = OAuthTestClient.form(browser.browserGet(browser.authorizeUrl(oob,
                OAuthTestClient.OOB)));
        HttpResponse<String> page = browser.submit(oobForm, "decision", "deny");
        assertEquals(200, page.statusCode());
        assertTrue(Jsoup.parse(page.body()).selectFirst("h1").text().contains("was not authorized"));
    }

    @Test
    void the_application_name_is_escaped() {
        OAuthTestClient setup = new OAuthTestClient(instance);
        OAuthTestClient.App evil = setup.register("<script>alert(1)</script>", OAuthTestClient.OOB, "read");
        HttpResponse<String> page = setup.browserGet(setup.authorizeUrl(evil, OAuthTestClient.OOB));
        assertEquals(200, page.statusCode());
        assertFalse(page.body().contains("<script>alert(1)"));
        assertTrue(page.body().contains("&lt;script&gt;"));
    }

    @Test
    void a_form_post_without_cookies_or_params_is_an_html_error() {
        HttpResponse<String> response = instance.send(HttpRequest.newBuilder(URI.create(instance.url("/oauth/authorize")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString("username=bob")).build());
        assertEquals(400, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    private static HttpResponse<String> exchange(OAuthTestClient.App client, String code, String redirectUri,
                                                 String... extra) {
        String[] form = new String[10 + extra.length];
        String[] base = {"grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "client_id", client.clientId(), "client_secret", client.clientSecret()};
        System.arraycopy(base, 0, form, 0, base.length);
        System.arraycopy(extra, 0, form, base.length, extra.length);
        return new OAuthTestClient(instance).token(form);
    }
}
