package org.bureaucrathackers.fellowship.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.bureaucrathackers.fellowship.actor.Account;
import org.bureaucrathackers.fellowship.actor.FellowService;
import org.bureaucrathackers.fellowship.testing.ApiClient;
import org.bureaucrathackers.fellowship.testing.Browser;
import org.bureaucrathackers.fellowship.testing.TestInstance;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-in, sign-out, the language switcher and the applications page over real HTTP. */
class WebSessionPagesTest {

    private static final String PASSWORD = "correct horse battery";
    private static final AtomicInteger NEXT = new AtomicInteger();

    static TestInstance instance;

    @BeforeAll
    static void start() {
        instance = TestInstance.start();
    }

    @AfterAll
    static void stop() {
        instance.close();
    }

    @Test
    void a_wrong_password_is_a_422_page_with_the_message_next_to_the_field() {
        Account alice = fellow();
        Browser browser = new Browser(instance);
        HttpResponse<String> refused = browser.submit(browser.get("/auth/sign_in"), "username", alice.username(),
                "password", "not the password");
        assertEquals(422, refused.statusCode());
        Document page = Jsoup.parse(refused.body());
        assertEquals("form-message", page.getElementById("username").attr("aria-describedby"));
        assertEquals("The username, e-mail address or password is incorrect.", page.getElementById("form-message").text());
        assertEquals(1, page.select("h1").size());
        assertEquals(null, browser.cookie(BrowserSessions.COOKIE));
    }

    @Test
    void the_session_cookie_is_http_only_and_same_site_lax() {
        Account alice = fellow();
        Browser browser = new Browser(instance);
        HttpResponse<String> signedIn = browser.submit(browser.get("/auth/sign_in"), "username", alice.username(),
                "password", PASSWORD);
        String cookie = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(BrowserSessions.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("; HttpOnly") && cookie.contains("; SameSite=Lax"), cookie);
        assertFalse(cookie.contains("; Secure"), "not over plain http: " + cookie);
    }

    @Test
    void every_page_has_a_content_security_policy_without_inline_scripts() {
        for (String path : List.of("/", "/auth/sign_in", "/nothing-here")) {
            HttpResponse<String> page = new Browser(instance).get(path);
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"), path + ": " + policy);
            Document document = Jsoup.parse(page.body());
            assertEquals(1, document.select("h1").size(), path);
            assertEquals(1, document.select("main").size(), path);
            assertTrue(document.select("style, script:not([src]), [style]").isEmpty(), path);
        }
    }

    @Test
    void a_form_without_its_token_is_refused_and_changes_nothing() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        long app = registerApp("Refused Client");
        instance.tokens().issue(alice.id(), app, Set.of("read"), false);

        HttpResponse<String> noToken = browser.post("/settings/applications/" + app + "/revoke", List.of());
        HttpResponse<String> wrongToken = browser.post("/settings/applications/" + app + "/revoke",
                List.of("csrf_token", "1999999999.forged"));
        HttpResponse<String> signOut = browser.post("/auth/sign_out", List.of());

        assertEquals(403, noToken.statusCode());
        assertEquals(403, wrongToken.statusCode());
        assertEquals(403, signOut.statusCode());
        assertTrue(browser.get("/settings/applications").body().contains("Refused Client"));
    }

    @Test
    void a_signed_out_visit_goes_to_sign_in_and_back() {
        Account alice = fellow();
        Browser browser = new Browser(instance);
        HttpResponse<String> away = browser.get("/settings/applications");
        assertEquals(303, away.statusCode());
        assertEquals("/auth/sign_in?return_to=%2Fsettings%2Fapplications", away.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> signedIn = browser.submit(browser.follow(away), "username", alice.username(),
                "password", PASSWORD);
        assertEquals("/settings/applications", signedIn.headers().firstValue("Location").orElseThrow());
        assertEquals(200, browser.follow(signedIn).statusCode());
    }

    @Test
    void signing_out_ends_the_session_for_good() {
        Browser browser = signedIn(fellow());
        String secret = browser.cookie(BrowserSessions.COOKIE);
        HttpResponse<String> out = browser.submit(browser.get("/auth/sign_out"));
        assertEquals(303, out.statusCode());
        Browser replay = new Browser(instance);
        assertEquals(303, replay.getWithCookie("/settings/applications", BrowserSessions.COOKIE, secret).statusCode());
    }

    @Test
    void revoking_an_app_ends_its_tokens() {
        Account alice = fellow();
        Browser browser = signedIn(alice);
        long app = registerApp("Revoked Client");
        String token = instance.tokens().issue(alice.id(), app, Set.of("read"), false).secret();
        ApiClient client = new ApiClient(instance, token);
        assertEquals(200, client.get("/api/v1/accounts/verify_credentials").statusCode());

        HttpResponse<String> list = browser.get("/settings/applications");
        assertTrue(list.body().contains("Revoked Client"), list.body());
        HttpResponse<String> revoked = browser.submit(list);

        assertEquals(200, revoked.statusCode());
        assertTrue(Jsoup.parse(revoked.body()).select("table").isEmpty(), revoked.body());
        assertEquals(401, client.get("/api/v1/accounts/verify_credentials").statusCode());
    }

    @Test
    void the_language_follows_accept_language_then_the_fellows_setting() {
        Browser anonymous = new Browser(instance);
        assertEquals("fr", Jsoup.parse(anonymous.getWithHeader("/", "Accept-Language", "fr-CA,fr;q=0.9,en;q=0.5")
                .body()).select("html").attr("lang"));
        assertEquals("en", Jsoup.parse(anonymous.getWithHeader("/", "Accept-Language", "de").body())
                .select("html").attr("lang"));

        Account alice = fellow();
        Browser browser = signedIn(alice);
        HttpResponse<String> home = browser.get("/");
        HttpResponse<String> switched = browser.submit(home, "lang", "es");
        assertEquals(303, switched.statusCode());
        Browser elsewhere = signedIn(alice);
        elsewhere.forget(BrowserVisits.LANGUAGE_COOKIE);
        Document page = Jsoup.parse(elsewhere.getWithHeader("/", "Accept-Language", "fr").body());
        assertEquals("es", page.select("html").attr("lang"));
        assertTrue(page.text().contains("Saltar al contenido"), page.text());

        assertEquals(422, browser.submit(browser.get("/"), "lang", "xx").statusCode());
    }

    private static long registerApp(String name) {
        HttpResponse<String> response = ApiClient.anonymous(instance).postForm("/api/v1/apps", "client_name", name,
                "redirect_uris", "urn:ietf:wg:oauth:2.0:oob", "scopes", "read");
        return ApiClient.json(response).path("id").asLong();
    }

    private static Account fellow() {
        return instance.fellows().create(new FellowService.NewFellow("web" + NEXT.incrementAndGet(), null, PASSWORD,
                null, false));
    }

    private static Browser signedIn(Account fellow) {
        Browser browser = new Browser(instance);
        HttpResponse<String> response = browser.submit(browser.get("/auth/sign_in"), "username", fellow.username(),
                "password", PASSWORD);
        assertEquals(303, response.statusCode(), response.body());
        assertFalse(browser.cookie(BrowserSessions.COOKIE) == null);
        return browser;
    }
}
